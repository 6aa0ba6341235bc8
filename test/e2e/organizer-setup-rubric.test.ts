// The organizer desk's rubric editor in real Chromium on a festival with imported entries
// and jurors (test/helpers/setup-desk.ts): the live weight total, a wrong total refused, the
// tie-break, a second stage from a preset, the ranking methods; a rubric frozen by a sheet
// changes only after an unlock with a written reason. Needs the built pages.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import { connect, expectOk, type Client, type TestServer } from '../helpers/server.js';
import { go, setupDeskForFile } from '../helpers/setup-desk.js';

const d = setupDeskForFile({ imported: true });
let a: TestServer;
let orgA: Client<'organizer'>;
let page: Page;
beforeAll(() => {
  ({ a, orgA, page } = d);
});
const { waitA } = d;

describe('organizer desk: setup, the rubric', () => {
  it('edits a rubric: the weight total is live and a wrong total is refused next to the rubric', async () => {
    await go(page, 'stages');
    await page.fill('input[name="c0-weight"]', '25');
    expect(await page.innerText('[data-testid="weight-total"]')).toContain('95');
    await page.click('.stage-form button[type="submit"]');
    await page.waitForSelector('.rubric .field-error');
    expect(await page.innerText('.rubric .field-error')).toContain('100%');
    await page.fill('input[name="c1-weight"]', '30');
    await page.click('.tie-break .btn'); // one tie-break step: the first criterion
    await page.click('.stage-form button[type="submit"]');
    const saved = await waitA((s) => s.stages[0]?.criteria[1]?.weightBp === 3000);
    expect(saved.stages[0]?.rules.tieBreak).toEqual([
      { kind: 'criterion', criterionId: saved.stages[0]?.criteria[0]?.id },
    ]);
    await page.locator('.tie-break').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-setup-stages-tiebreak');
    await page.evaluate(() => document.querySelector('.desk__main')?.scrollTo(0, 0));
    await screenshot(page, 'panitia-setup-stages');
    // A second stage from the KIPP preset (five criteria, 20% each).
    await page.click('.page-header__actions .btn--primary');
    await page.fill('input[name="stage-name"]', 'Final');
    // A preset replaces the whole rubric, so it asks first; keeping changes nothing.
    expect(await page.inputValue('input[name="c0-weight"]')).toBe('30');
    await page.selectOption('.rubric__preset select', 'kipp');
    await page.waitForSelector('dialog[open] [data-testid="preset-replace"]');
    expect(await page.innerText('dialog[open]')).toContain('KIPP');
    await page.click('dialog[open] [data-autofocus]');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    expect(await page.inputValue('input[name="c0-weight"]')).toBe('30');
    await page.selectOption('.rubric__preset select', 'kipp');
    await page.click('dialog[open] [data-testid="preset-replace"]');
    expect(await page.inputValue('input[name="c0-weight"]')).toBe('20');
    expect(await page.inputValue('input[name="c0-step"]')).toMatch(/^\d+(,\d+)?$/);
    expect(await page.innerText('[data-testid="weight-total"]')).toContain('100');
    // Every method of the registry is offered, with its own explanation under the choice.
    expect(await page.locator('select[name="aggregation"] option').allInnerTexts()).toEqual([
      'Rata-rata',
      'Rata-rata terpangkas',
      'Median',
      'Skor-z (normalisasi)',
    ]);
    await page.selectOption('select[name="aggregation"]', 'median');
    await page.waitForFunction(() =>
      document.querySelector('.stage-form')?.textContent?.includes('Total juri yang di tengah'),
    );
    await page.click('.stage-form button[type="submit"]');
    const two = await waitA((s) => s.stages.length === 2);
    expect(two.stages.find((x) => x.name === 'Final')?.rules.aggregation).toBe('median');
    expect(two.stages.find((x) => x.name === 'Final')?.criteria.map((c) => c.weightBp)).toEqual([
      2000, 2000, 2000, 2000, 2000,
    ]);
    await page.waitForSelector('.tabs .btn--primary:has-text("Final")');
    await page.click('[data-testid="delete-stage"]'); // the selected stage, no sheets yet
    await page.click('[data-testid="confirm-delete-stage"]');
    await waitA((s) => s.stages.length === 1);
  });

  it('a frozen rubric needs an unlock with a written reason before it can change', async () => {
    const snap = orgA.latest()!;
    const entry = snap.entries.find((e) => e.code === 'OPD-01')!;
    const juror = snap.jurors.find((j) => j.panelId === entry.panelId)!;
    const stageId = snap.stages[0]!.id;
    expectOk(await orgA.call('panel:present', { panelId: entry.panelId, entryId: entry.id }));
    const pad = await connect(a.url, 'juror', { pin: juror.pin });
    const critId = snap.stages[0]!.criteria[0]!.id;
    expectOk(
      await pad.call('sheet:save', {
        submissionId: `e2e${Date.now()}xx`,
        entryId: entry.id,
        stageId,
        status: 'draft',
        values: { [critId]: 800 },
        comment: '',
      }),
    );
    pad.close();
    await waitA((s) => s.progress[stageId]?.[entry.id]?.[juror.id] === 'draft');
    await go(page, 'stages');
    await page.waitForSelector('.stage-form .notice--warning');
    expect(await page.isDisabled('input[name="c0-name"]')).toBe(true);
    // The ranking rules freeze with the rubric (RULES_FROZEN without a reason).
    expect(await page.isDisabled('select[name="aggregation"]')).toBe(true);
    await page.click('.stage-form .notice--warning button');
    await page.waitForSelector('textarea[name="unlock-reason"]');
    await page.click('dialog .btn--primary');
    await page.waitForSelector('dialog .field-error');
    await page.fill(
      'textarea[name="unlock-reason"]',
      'Nama kriteria salah ketik, disetujui ketua juri',
    );
    await page.click('dialog .btn--primary');
    await page.fill('input[name="c0-name"]', 'Kebaruan inovasi');
    await page.click('.stage-form button[type="submit"]');
    const after = await waitA((s) => s.stages[0]?.criteria[0]?.name === 'Kebaruan inovasi');
    expect(after.stages[0]?.rubricFrozen).toBe(true);
    await page.waitForSelector('.stage-form .notice--warning');
    await page.evaluate(() => document.querySelector('.desk__main')?.scrollTo(0, 0));
    await screenshot(page, 'panitia-setup-stages-frozen');
  });
});
