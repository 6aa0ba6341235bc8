// The organizer desk's standings after a festival day on panel A (scored over the sockets,
// test/helpers/live-desk.ts) in real Chromium: the page's scores and ranks against the
// test's own arithmetic (not shared/scoring), under the mean, z-score and median.
// Screenshots under docs/screenshots/panitia-results-*.png. Needs the built pages.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import { fmt, liveDeskForFile, STAGE } from '../helpers/live-desk.js';
import { expectOk, type Client } from '../helpers/server.js';

const d = liveDeskForFile({ scored: true, tmpPrefix: 'panggung-live-standings-' });
let org: Client<'organizer'>;
let page: Page;
// The day was scored over the sockets; the desk page signs in as the organizer does.
beforeAll(async () => {
  ({ org, page } = d);
  await d.signIn();
});
const { criteria, day, sheets, expectedHundredths, sheetTotal, go } = d;

describe("organizer desk: the day's standings", () => {
  it("shows standings that match the test's own arithmetic", async () => {
    await go('results', 'standings');
    await page.click('[data-view="opd"]');
    await page.waitForSelector('[data-testid="standings"]');
    for (const e of day) {
      const h = expectedHundredths(e.id)!;
      const raw = await page
        .locator(`[data-testid="standings"] tr[data-entry="${e.code}"] [data-testid="raw"]`)
        .innerText();
      expect(raw, e.code).toBe(fmt(h));
    }
    // Ranks: the scored entries of the category by descending mean (no ties in this data).
    const byScore = [...day].sort((a, b) => expectedHundredths(b.id)! - expectedHundredths(a.id)!);
    for (const [i, e] of byScore.entries()) {
      const rank = await page
        .locator(`[data-testid="standings"] tr[data-entry="${e.code}"] [data-testid="rank"]`)
        .innerText();
      expect(rank.trim(), e.code).toBe(String(i + 1));
    }
    await expect(page.locator('[data-testid="insight"]').innerText()).resolves.toContain(
      'Prof. Dr. Suhartono',
    );
    await screenshot(page, 'panitia-results-standings');
    await page.locator('[data-testid="insight"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-results-insight');
  });

  it("shows raw and z-adjusted side by side under z-score, matching the test's own z-scores", async () => {
    const stage = org.latest()!.stages.find((s) => s.id === STAGE)!;
    const { rubricFrozen: _frozen, ...plain } = stage;
    const save = (aggregation: 'mean' | 'zscore') =>
      org.call('stage:save', {
        stage: { ...plain, rules: { ...plain.rules, aggregation, zscoreMinSheets: 2 } },
        // Sheets exist: the method changes only with a written reason (RULES_FROZEN otherwise).
        unlockReason: 'Perbandingan metode oleh panitia',
      });
    expectOk(await save('zscore'));
    try {
      await org.waitFor((s) => s.standings[STAGE]?.aggregation === 'zscore');
      // Independent z-scores: population sd per juror and over the pool of every total.
      const totals: Array<{ entryId: string; jurorId: string; t: number }> = [];
      for (const [entryId, byJuror] of sheets)
        for (const [jurorId, values] of byJuror)
          totals.push({ entryId, jurorId, t: sheetTotal(values) });
      const stats = (xs: number[]) => {
        const m = xs.reduce((a, b) => a + b, 0) / xs.length;
        return { m, sd: Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length) };
      };
      const pool = stats(totals.map((x) => x.t));
      const adjusted = (entryId: string) => {
        const mine = totals.filter((x) => x.entryId === entryId);
        return (
          mine.reduce((a, x) => {
            const j = stats(totals.filter((y) => y.jurorId === x.jurorId).map((y) => y.t));
            return a + (j.sd === 0 ? x.t : pool.m + ((x.t - j.m) / j.sd) * pool.sd);
          }, 0) / mine.length
        );
      };
      await page.click('[data-view="opd"]');
      await page.waitForSelector('[data-testid="standings"] [data-testid="adjusted"]');
      for (const e of day) {
        const row = page.locator(`[data-testid="standings"] tr[data-entry="${e.code}"]`);
        expect(await row.locator('[data-testid="raw"]').innerText()).toBe(
          fmt(expectedHundredths(e.id)!),
        );
        expect(
          Number((await row.locator('[data-testid="adjusted"]').innerText()).replace(',', '.')),
        ).toBeCloseTo(adjusted(e.id), 1);
      }
      await page.locator('[data-testid="insight"] h3').scrollIntoViewIfNeeded();
      expect(await page.locator('[data-testid="insight"]').innerText()).toContain(
        'Pergeseran oleh normalisasi skor-z',
      );
      await screenshot(page, 'panitia-results-zscore');
    } finally {
      expectOk(await save('mean'));
      await org.waitFor((s) => s.standings[STAGE]?.aggregation === 'mean');
    }
  });

  it('ranks by the median when the stage uses it, matching the test’s own medians', async () => {
    const stage = org.latest()!.stages.find((s) => s.id === STAGE)!;
    const { rubricFrozen: _frozen, ...plain } = stage;
    const save = (aggregation: 'mean' | 'median') =>
      org.call('stage:save', {
        stage: { ...plain, rules: { ...plain.rules, aggregation } },
        unlockReason: 'Perbandingan metode oleh panitia',
      });
    /** Independent median in hundredths: sheet totals as sum(weightBp x value) over max. */
    const medianHundredths = (entryId: string) => {
      const max = BigInt(criteria[0]!.maxX100);
      const totals = [...sheets.get(entryId)!.values()]
        .map((v) => criteria.reduce((a, c) => a + BigInt(c.weightBp) * BigInt(v[c.id]!), 0n))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const n = totals.length;
      const [num, den] =
        n % 2 === 1 ? [totals[(n - 1) / 2]!, max] : [totals[n / 2 - 1]! + totals[n / 2]!, 2n * max];
      return Number((2n * num + den) / (2n * den));
    };
    expectOk(await save('median'));
    try {
      await org.waitFor((s) => s.standings[STAGE]?.aggregation === 'median');
      await page.click('[data-view="opd"]');
      await page.waitForFunction(() =>
        document.querySelector('.page-header')?.textContent?.includes('median'),
      );
      let differs = 0;
      for (const e of day) {
        const raw = await page
          .locator(`[data-testid="standings"] tr[data-entry="${e.code}"] [data-testid="raw"]`)
          .innerText();
        expect(raw, e.code).toBe(fmt(medianHundredths(e.id)));
        if (medianHundredths(e.id) !== expectedHundredths(e.id)) differs++;
      }
      // The data makes the median differ from the mean somewhere, or this proves nothing.
      expect(differs).toBeGreaterThan(0);
    } finally {
      expectOk(await save('mean'));
      await org.waitFor((s) => s.standings[STAGE]?.aggregation === 'mean');
    }
  });
});
