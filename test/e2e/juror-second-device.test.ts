// A juror's QR link opened on a second device while the first is connected: the second
// pad says why it cannot join (SESSION_ACTIVE, in the pad's language) and keeps trying;
// once the first device is gone it joins by itself. Needs the built pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
} from '../helpers/browser.js';
import { connect, removeDir, startTestServer, type TestServer } from '../helpers/server.js';

let t: TestServer;
let browser: Browser;

beforeAll(async () => {
  assertPagesBuilt('juri');
  t = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

describe('a second device for one juror', () => {
  it('is told why it cannot join, and joins once the first device is gone', async () => {
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const juror = (await org.waitFor(() => true)).jurors.find((j) => j.id === 'j-a2')!;
    org.close();
    const first = await connect(t.url, 'juror', {
      token: juror.token,
      device: 'first-laptop-device-01',
    });
    await first.waitFor(() => true);

    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    const w = watchPage(page, t.url);
    await page.goto(`${t.url}/juri#token=${juror.token}`);
    const banner = page.locator('[data-testid="refused"][data-error="SESSION_ACTIVE"]');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/perangkat lain/);
    await screenshot(page, 'juri-second-device');

    // The first laptop closes: the pad's next try (every 10 s) gets in.
    first.close();
    await page.waitForSelector('[data-testid="juror-name"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="juror-name"]')).toBe(juror.name);
    await page.waitForSelector('[data-testid="refused"]', { state: 'detached' });
    expect(w.errors.filter((e) => !e.includes('SESSION_ACTIVE'))).toEqual([]);
    await context.close();
  }, 60_000);
});
