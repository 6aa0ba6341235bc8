// A standby whose primary refuses to send its changes (replica:follow answered INTERNAL),
// as its organizer sees it in real Chromium on the LAN name: the banner says it is
// connected but NOT receiving changes, and the take-over dialog warns that changes since
// then, scores already confirmed to jurors included, may be missing here (instead of the
// count of changes behind, which no longer means anything). Needs the built pages.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/contract/errors.js';
import { assertPagesBuilt, launchBrowser, newPage, screenshot } from '../helpers/browser.js';
import { fakePrimary, seededStandby } from '../helpers/fake-primary.js';
import { lanBrowserArgs, lanTestName, onLan, removeDir, tempDir } from '../helpers/server.js';

let browser: Browser;
const dirs: string[] = [];

beforeAll(async () => {
  assertPagesBuilt('panitia');
  browser = await launchBrowser(lanBrowserArgs);
});
afterAll(async () => {
  await browser?.close();
  dirs.forEach(removeDir);
});

describe('a standby its primary refuses to follow, on its desk', () => {
  it('says it receives no changes, and the take-over dialog warns what may be missing', async () => {
    const primary = await fakePrimary({
      'replica:check': () => ok({ head: 0 }), // the standby resumes from its copy
      'replica:follow': () => fail('INTERNAL', ['disk I/O error']),
    });
    const dir = tempDir();
    dirs.push(dir);
    // No second ask during the test: the desk stays in the refused state.
    const standby = await seededStandby(
      { url: primary.url, copyRetryMs: { first: 600_000, max: 600_000 } },
      dir,
      { allowedHosts: [lanTestName] },
    );
    try {
      const { page } = await newPage(browser);
      await page.goto(`${onLan(standby.urls.local)}/panitia`);
      await page.fill('input[name="organizer-key"]', standby.organizerKey);
      await page.keyboard.press('Enter');
      const banner = page.locator('[data-testid="following"]');
      await banner.getByText('TIDAK menerima perubahan').waitFor();
      await expect(banner.textContent()).resolves.not.toContain('tertinggal');

      await page.click('[data-testid="takeover"]');
      const warning = page.locator('[data-testid="takeover-held"]');
      await warning.waitFor();
      await expect(warning.textContent()).resolves.toContain(
        'termasuk nilai yang sudah dikonfirmasi ke juri',
      );
      await screenshot(page, 'standby-desk-held-takeover');
    } finally {
      await standby.close();
      await primary.close();
    }
  }, 60_000);
});
