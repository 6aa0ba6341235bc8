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

export type Gate = {
  open(): void;
  /** Resolves with the first frame the gate held back. */
  caught: Promise<string>;
};

export type SocketRelay = {
  /** Holds back the server's frames `match` accepts (in order) until the gate is opened. */
  gate(match: (frame: string) => boolean): Gate;
  /**
   * Drops the page's sockets that joined `namespace` (e.g. '/voter'), as a Wi-Fi drop would:
   * socket.io on the page sees its connection close and reconnects by itself.
   */
  cut(namespace: string): void;
};

/**
 * Relays the page's socket.io WebSockets through Playwright (one per client: socket-client.ts
 * opens each with forceNew), so a test can hold back the server's frames or drop a socket.
 */
export async function socketRelay(context: BrowserContext): Promise<SocketRelay> {
  const gates: Array<{
    holds: (m: string) => boolean;
    hold: (send: () => void, m: string) => void;
  }> = [];
  const sockets: Array<{ joined: string[]; drop(): void }> = [];
  await context.routeWebSocket(/\/socket\.io\//, (ws: WebSocketRoute) => {
    const server = ws.connectToServer();
    const socket = {
      joined: [] as string[],
      drop: () => {
        void ws.close({ code: 1001, reason: 'cut by the test' });
        void server.close({ code: 1001, reason: 'cut by the test' });
      },
    };
    sockets.push(socket);
    ws.onMessage((m) => {
      // A socket.io CONNECT to a namespace: "40/voter,{...auth}".
      const join = typeof m === 'string' ? /^40(\/[^,]*),/.exec(m) : null;
      if (join) socket.joined.push(join[1]!);
      server.send(m);
    });
    server.onMessage((m) => {
      const text = typeof m === 'string' ? m : null;
      const gate = text === null ? undefined : gates.find((g) => g.holds(text));
      if (gate && text !== null) gate.hold(() => ws.send(m), text);
      else ws.send(m);
    });
    ws.onClose((code, reason) => void server.close({ code, reason }));
    server.onClose((code, reason) => void ws.close({ code, reason }));
  });
  return {
    gate(match) {
      let closed = true;
      const queue: Array<() => void> = [];
      let caught!: (frame: string) => void;
      const arrived = new Promise<string>((resolve) => (caught = resolve));
      gates.push({
        holds: (m) => closed && match(m),
        hold: (send, m) => {
          queue.push(send);
          caught(m);
        },
      });
      return {
        caught: arrived,
        open: () => {
          closed = false;
          queue.splice(0).forEach((send) => send());
        },
      };
    },
    cut(namespace) {
      for (const s of sockets.splice(0)) {
        if (s.joined.includes(namespace)) s.drop();
        else sockets.push(s);
      }
    },
  };
}

/** socketRelay's gates alone. */
export async function frameGates(
  context: BrowserContext,
): Promise<(match: (frame: string) => boolean) => Gate> {
  const relay = await socketRelay(context);
  return (match) => relay.gate(match);
}
