// The presenting screen's countdown in real Chromium against a real venue server: the
// presentation then Q&A counted down on the server clock, overtime shown, also in English.
// Needs the built pages (`npm run build:web`).
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import { noTrouble, screenPagesForFile } from '../helpers/screen-pages.js';
import { connect, expectOk, removeDir, startTestServer } from '../helpers/server.js';

const { open } = screenPagesForFile();

describe('screens: the clock', () => {
  it('counts presentation then Q&A down on the server clock and shows overtime (also in English)', async () => {
    const t4 = await startTestServer();
    const o = await connect(t4.url, 'organizer', { key: t4.server.organizerKey });
    try {
      // A 2-second presentation so overtime comes quickly (a fresh festival may be replaced).
      const setup = expectOk(await o.call('setup:export', {}));
      const short = {
        ...setup,
        stages: setup.stages.map((st) => ({ ...st, presentationSec: 2, qaSec: 600 })),
      };
      expectOk(await o.call('setup:import', { setup: short, replace: true }));
      const entry = short.entries.find((e) => e.panelId === 'panel-a');
      if (!entry) throw new Error('no entry on panel A');
      expectOk(await o.call('panel:present', { panelId: 'panel-a', entryId: entry.id }));
      expectOk(
        await o.call('screen:mode', { screen: 'utama', mode: 'presenting', panelId: 'panel-a' }),
      );
      const { page, watched } = await open(`${t4.url}/layar?nama=utama`);
      await page.waitForSelector('.clock[data-segment="idle"]');
      expectOk(await o.call('timer:control', { panelId: 'panel-a', action: 'start-presentation' }));
      await page.waitForSelector('.clock[data-segment="presentation"] [data-testid="countdown"]');
      await page.waitForSelector('.clock--over', { timeout: 10_000 });
      expect(await page.locator('[data-testid="countdown"]').innerText()).toMatch(
        /^\+0:0\d\s+lewat waktu$/,
      );
      await screenshot(page, 'layar-presenting-overtime');
      expectOk(await o.call('timer:control', { panelId: 'panel-a', action: 'start-qa' }));
      await page.waitForSelector('.clock[data-segment="qa"]:not(.clock--over)');
      expect(await page.locator('[data-testid="countdown"]').innerText()).toMatch(
        /^(10:00|9:5\d)$/,
      );
      noTrouble(watched);

      const en = await open(`${t4.url}/layar?nama=utama&lang=en`);
      await en.page.waitForSelector('.clock[data-segment="qa"]');
      expect(await en.page.locator('.stage__label').innerText()).toMatch(/now presenting/i);
      expect(await en.page.locator('.clock__segment').innerText()).toMatch(/questions/i);
      expect(await en.page.evaluate(() => document.documentElement.lang)).toBe('en');
      await screenshot(en.page, 'layar-presenting-en');
    } finally {
      o.close();
      await t4.stop();
      removeDir(t4.dataDir);
    }
  }, 120_000);
});
