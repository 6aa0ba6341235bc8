// The audience's phone page during a rehearsal (gladi): the mark saying these are not real
// results must be read whole on the narrowest phones, in both languages, and the page must
// not scroll sideways. Real Chromium on the LAN name, the rehearsal copy's real server.
// Needs the built pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareRehearsalCopy } from '../../electron/server/sim/rehearsal-copy.js';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
} from '../helpers/browser.js';
import {
  lanBrowserArgs,
  onLan,
  removeDir,
  startTestServer,
  type TestServer,
} from '../helpers/server.js';

let real: TestServer;
let gladi: TestServer;
let browser: Browser;

beforeAll(async () => {
  assertPagesBuilt('publik');
  real = await startTestServer();
  const copy = prepareRehearsalCopy(real.dataDir, real.server.organizerKey);
  gladi = await startTestServer({ dataDir: copy.dataDir });
  browser = await launchBrowser(lanBrowserArgs);
});
afterAll(async () => {
  await browser?.close();
  await gladi?.stop();
  await real?.stop();
  if (real) removeDir(real.dataDir);
});

/** How the mark and the page sit in the viewport. */
const fit = (page: Page) =>
  page.$eval('.publik__mark', (m) => {
    const box = m.getBoundingClientRect();
    return {
      text: (m as HTMLElement).innerText,
      cut: m.scrollWidth > m.clientWidth + 1,
      left: box.left,
      right: box.right,
      viewport: window.innerWidth,
      pageWidth: document.documentElement.scrollWidth,
    };
  });

describe('the rehearsal mark on an audience phone', () => {
  for (const width of [320, 390])
    it(`is read whole at ${width} px, in Indonesian and in English`, async () => {
      const { page } = await newPage(browser, { width, height: 800 });
      const w = watchPage(page, onLan(gladi.url));
      await page.goto(`${onLan(gladi.url)}/publik`);
      await page.waitForSelector('.publik__mark');
      for (const [lang, words] of [
        ['id', 'GLADI — BUKAN HASIL SUNGGUHAN'],
        ['en', 'REHEARSAL — NOT REAL RESULTS'],
      ] as const) {
        await page.selectOption('.language-switch select', lang);
        await page.waitForFunction(
          (text) =>
            document.querySelector<HTMLElement>('.publik__mark')?.innerText.replace(/\s+/g, ' ') ===
            text,
          words,
        );
        const f = await fit(page);
        expect(f, `${lang} at ${width}`).toMatchObject({ cut: false, pageWidth: width });
        expect(f.left).toBeGreaterThanOrEqual(0);
        expect(f.right).toBeLessThanOrEqual(f.viewport);
      }
      await page.selectOption('.language-switch select', 'id');
      await screenshot(page, `publik-rehearsal-${width}`);
      expect(w.errors).toEqual([]);
    });
});
