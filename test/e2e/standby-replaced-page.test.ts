// A projector page in real Chromium on a primary that stays up while its standby takes over
// (the organizer pressed "Ambil alih" with the primary alive). The old primary can commit
// nothing any more, so only the venue push tells the page that it was replaced: the page's
// own client (socket-client.ts) then leaves it and follows the new primary by itself.
// Needs the built pages.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPagesBuilt, launchBrowser, newPage } from '../helpers/browser.js';
import {
  connect,
  expectOk,
  lanTestName,
  removeDir,
  startTestServer,
  lanBrowserArgs,
} from '../helpers/server.js';

let browser: Browser;
const dirs: string[] = [];

beforeAll(async () => {
  assertPagesBuilt('layar');
  browser = await launchBrowser(lanBrowserArgs);
});
afterAll(async () => {
  await browser?.close();
  dirs.forEach(removeDir);
});

describe('a screen page on a primary that was replaced', () => {
  it('leaves it for the new primary without any commit on the old one', async () => {
    const primary = await startTestServer();
    dirs.push(primary.dataDir);
    const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
    const { code } = expectOk(await org.call('standby:pairing', {}));
    const standby = await startTestServer({
      seedDemo: false,
      standbyOf: { url: primary.url, code },
    });
    dirs.push(standby.dataDir);
    await org.waitFor((s) => s.standby?.connected === true, 10_000);

    // Opened after the pairing (its CSP names the standby), on the primary's LAN name.
    const { page } = await newPage(browser, { width: 1280, height: 720 });
    await page.goto(`${primary.url.replace('127.0.0.1', lanTestName)}/layar?nama=utama`);
    await page.waitForSelector('[data-version]:not([data-version="0"])');
    const held = Number(await page.getAttribute('[data-version]', 'data-version'));

    const sDesk = await connect(standby.url, 'organizer', { key: standby.server.organizerKey });
    await sDesk.waitFor((s) => s.following?.connected === true, 10_000);
    expectOk(await sDesk.call('standby:takeover', { confirm: true }));
    const taken = await sDesk.waitFor((s) => s.venue.role === 'primary');
    expect(taken.version).toBeGreaterThan(held);

    // The page connects to the new primary as screen "utama" and shows its version, which
    // the old primary (refusing every write) can never reach.
    await sDesk.waitFor(
      (s) => s.clients.some((c) => c.kind === 'screen' && c.name === 'utama' && c.online),
      20_000,
    );
    await page.waitForSelector(`[data-version="${taken.version}"]`, { timeout: 20_000 });

    org.close();
    sDesk.close();
    await page.context().close();
  }, 60_000);
});
