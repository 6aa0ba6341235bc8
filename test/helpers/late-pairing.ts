// A standby paired after the pages opened (test/e2e/standby-late-pairing*.test.ts): pages
// opened on the primary's LAN name, a standby paired to it, and the wait for a page to
// reload itself into a Content-Security-Policy naming that standby (its <meta>).
import type { Page } from 'playwright-core';
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
