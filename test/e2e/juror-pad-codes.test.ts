// The juror pad's access codes in real Chromium against a real venue server: repeated wrong
// PINs are throttled with a clear message; a code revoked mid-session sends the pad back to
// the join screen with the reason. Needs the built pages (`npm run build:web`).
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { newPage, screenshot } from '../helpers/browser.js';
import { padDeskForFile, type PadDesk } from '../helpers/pad-desk.js';
import {
  expectOk,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let juror: PadDesk['juror'];
padDeskForFile((desk) => ({ t, org, browser, juror } = desk));

describe('juror pad: access codes', () => {
  it('repeated wrong PINs are throttled with a clear message', async () => {
    // A server of its own: throttling is per address and would lock out the other tests.
    const own = await startTestServer();
    const { context, page } = await newPage(browser);
    try {
      await page.goto(`${own.url}/juri`);
      const codes: string[] = [];
      for (let i = 0; i < 8; i++) {
        await page.fill('input[name="pin"]', '00000000');
        await page.keyboard.press('Enter');
        const alert = await page.waitForSelector('[role="alert"][data-error]');
        codes.push((await alert.getAttribute('data-error')) ?? '');
        if (codes.at(-1) === 'THROTTLED') break;
        await page.waitForSelector('button[type="submit"]:not([disabled])');
      }
      expect(codes.at(-1)).toBe('THROTTLED');
      expect(await page.textContent('[role="alert"]')).toBe(
        'Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.',
      );
      await screenshot(page, 'juri-join-throttled');
    } finally {
      await context.close();
      await own.stop();
      removeDir(own.dataDir);
    }
  });

  it('a code revoked mid-session sends the pad back to the join screen with the reason', async () => {
    const b1 = juror('j-b1');
    const { context, page } = await newPage(browser);
    await page.goto(`${t.url}/juri#token=${b1.token}`);
    await page.waitForSelector('[data-testid="juror-name"]');
    expectOk(await org.call('juror:code', { jurorId: 'j-b1', action: 'revoke' }));
    await page.waitForSelector('[role="alert"][data-error="REVOKED"]', { timeout: 15_000 });
    expect(await page.textContent('[role="alert"]')).toBe(
      'Kode akses ini sudah dicabut. Hubungi panitia.',
    );
    expect(await page.evaluate(() => localStorage.getItem('panggung.juri.session'))).toBeNull();
    await context.close();
  });
});
