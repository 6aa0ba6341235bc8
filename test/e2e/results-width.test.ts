// The results table at the organizer laptop's usual 1366x768: every column, the notes and
// the lock badge included, sits inside the card without a sideways scroll, on the overall
// view (with its category column) and a category's. Real server, real sockets, real Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
  type Watched,
} from '../helpers/browser.js';
import { scoreFestival } from '../helpers/score-festival.js';
import { connect, startTestServer, type TestServer } from '../helpers/server.js';

let t: TestServer;
let browser: Browser;
let page: Page;
let watched: Watched;
const STAGE = 'presentasi';

beforeAll(async () => {
  assertPagesBuilt('panitia');
  t = await startTestServer();
  const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  const snap = await org.waitFor((s) => s.entries.length > 0);
  // A few entries of each category, one left open (provisional); random sheets flag spreads.
  const codes = snap.categories.flatMap((c) =>
    snap.entries
      .filter((e) => e.categoryId === c.id)
      .slice(0, 3)
      .map((e) => e.code),
  );
  await scoreFestival(t.url, org, STAGE, {
    only: codes,
    leaveUnlocked: codes.slice(-1),
    organizerKey: t.server.organizerKey,
  });
  await org.waitFor((s) => (s.standings[STAGE]?.overall ?? []).some((r) => r.disagreement));
  org.close();
  browser = await launchBrowser();
  ({ page } = await newPage(browser, { width: 1366, height: 768 }));
  watched = watchPage(page, t.url);
  await page.goto(`${t.url}/panitia#/results/standings`);
  await page.fill('input[name="organizer-key"]', t.server.organizerKey);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="standings"]');
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** How far the table reaches past its card, and whether a lock badge is cut or hidden. */
const overflow = () =>
  page.evaluate(() => {
    const table = document.querySelector<HTMLElement>('[data-testid="standings"]')!;
    const wrap = table.parentElement!;
    const card = wrap.getBoundingClientRect();
    const badges = [...table.querySelectorAll<HTMLElement>('.badge')];
    return {
      beyond: table.scrollWidth - wrap.clientWidth,
      badges: badges.length,
      cutBadges: badges.filter((b) => {
        const r = b.getBoundingClientRect();
        const cell = b.closest('td')!;
        return r.right > card.right + 0.5 || b.offsetWidth > cell.clientWidth;
      }).length,
      cutTitles: [...table.querySelectorAll<HTMLElement>('td')].filter(
        (td) => td.scrollWidth > td.clientWidth + 1,
      ).length,
    };
  });

describe('results table at 1366x768', () => {
  for (const view of ['overall', 'opd'])
    it(`fits the ${view} view: no sideways scroll, no cut badge or cell`, async () => {
      await page.click(`[data-view="${view}"]`);
      await page.waitForFunction(
        (v) =>
          document.querySelector(`[data-view="${v}"]`)?.getAttribute('aria-pressed') === 'true',
        view,
      );
      const o = await overflow();
      expect(o.badges).toBeGreaterThan(0);
      await screenshot(page, `panitia-results-1366-${view}`);
      expect(o).toEqual({ beyond: 0, badges: o.badges, cutBadges: 0, cutTitles: 0 });
      expect(watched.errors).toEqual([]);
    });
});
