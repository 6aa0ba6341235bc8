// A standby paired after the pages opened (test/e2e/standby-late-pairing*.test.ts): pages
// opened on the primary's LAN name, a standby paired to it, and the wait for a page to
// reload itself into a Content-Security-Policy naming that standby (its <meta>).
import type { BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { expect } from 'vitest';
import { laptopsMetaName } from '../../shared/page-policy.js';
import { expectOk, startTestServer, tempDir, type Client, type TestServer } from './server.js';

/** The laptops the page's own policy allows, as its HTML names them. */
export const laptopsOf = (page: Page) =>
  page.evaluate(
    (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '',
    laptopsMetaName,
  );

/** Marks the page's current document: a page that reloaded has lost the mark. */
export const markLoaded = (page: Page) =>
  page.evaluate(() => ((window as { loadedBefore?: boolean }).loadedBefore = true));

/** Resolves once the page runs in a document whose policy names `origin`, after it lost
 *  the mark of markLoaded (it reloaded). */
export async function reloadedFor(page: Page, origin: string): Promise<void> {
  await page.waitForFunction(
    ({ name, origin }) =>
      !(window as { loadedBefore?: boolean }).loadedBefore &&
      (document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '')
        .split(' ')
        .includes(origin),
    { name: laptopsMetaName, origin },
    { timeout: 20_000 },
  );
}

/**
 * Pairs a standby (its folder pushed on `dirs`) to `primary`, whose pages' policy named
 * `before`; waits until the primary's desk sees it connected. `standbyOrigin`: the laptop
 * the venue names that `before` lacked.
 */
export async function pairStandby(
  primary: TestServer,
  org: Client<'organizer'>,
  before: string,
  dirs: string[],
): Promise<{ standby: TestServer; standbyDir: string; standbyOrigin: string }> {
  const { code } = expectOk(await org.call('standby:pairing', {}));
  const standbyDir = tempDir();
  dirs.push(standbyDir);
  const standby = await startTestServer({
    dataDir: standbyDir,
    standbyOf: { url: primary.url, code },
  });
  const paired = await org.waitFor((s) => s.standby?.connected === true, 10_000);
  const standbyOrigin = paired.venue.addresses.find((a) => !before.includes(a))!;
  expect(standbyOrigin).toBeDefined();
  return { standby, standbyDir, standbyOrigin };
}

export type Gate = { open(): void };

/**
 * Relays the page's socket.io WebSockets through Playwright; each gate made by the returned
 * function holds back the server's frames it matches (in order) until it is opened.
 */
export async function frameGates(
  context: BrowserContext,
): Promise<(match: (frame: string) => boolean) => Gate> {
  const gates: Array<{ holds: (m: string) => boolean; queue: Array<() => void> }> = [];
  await context.routeWebSocket(/\/socket\.io\//, (ws: WebSocketRoute) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      const gate = typeof m === 'string' ? gates.find((g) => g.holds(m)) : undefined;
      if (gate) gate.queue.push(() => ws.send(m));
      else ws.send(m);
    });
    ws.onClose((code, reason) => void server.close({ code, reason }));
    server.onClose((code, reason) => void ws.close({ code, reason }));
  });
  return (match) => {
    let closed = true;
    const gate = { holds: (m: string) => closed && match(m), queue: [] as Array<() => void> };
    gates.push(gate);
    return {
      open: () => {
        closed = false;
        gate.queue.splice(0).forEach((send) => send());
      },
    };
  };
}
