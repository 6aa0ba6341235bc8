// The organizer desk's live and results pages in real Chromium against a real venue server with the demo
// festival: a festival day in miniature on panel A driven from the desk page (keyboard
// shortcuts and buttons), jurors as real socket.io clients, a reopen and a correction with
// written reasons through the page, the standings checked against the test's own
// arithmetic (not shared/scoring), the XLSX/CSV exports read back, the Berita Acara printed
// to PDF and read with pdftotext, screens switched and a reveal started, and a restore from
// a backup giving the same standings. Screenshots under docs/screenshots/panitia-*.png.
// Needs the built pages (`npm run build:web`).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Criterion, Entry } from '../../shared/model.js';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
  type Watched,
} from '../helpers/browser.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  tempDir,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let srv: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let page: Page;
let watched: Watched;
const pads = new Map<string, Client<'juror'>>();
let screen: Client<'screen'>;
const tmp = tempDir('panggung-live-');

const STAGE = 'presentasi';
const PANEL = 'panel-a';
/** What the test itself knows was stored: sheets[entryId][jurorId] = values (X100). */
const sheets = new Map<string, Map<string, Record<string, number>>>();
let criteria: Criterion[] = [];
let day: Entry[] = [];

/** Base score (points) per entry of the day: distinct enough that no two means tie. */
const bases = [9, 6, 8, 7];

function valuesFor(entryIndex: number, jurorIndex: number): Record<string, number> {
  const base = bases[entryIndex] ?? 5;
  return Object.fromEntries(
    criteria.map((c, k) => {
      const v = Math.min(10, Math.max(1, base + ((jurorIndex + k) % 3) - 1));
      return [c.id, v * 100];
    }),
  );
}

/**
 * The independent computation: a sheet total is sum(weight% x value / max) on 0-100; the
 * entry's score is the plain mean of its jurors' totals. In hundredths of a point, exactly:
 * sum over sheets and criteria of weightBp x valueX100 / maxX100, over the sheet count,
 * rounded half up (integer arithmetic, every max is the same here).
 */
function expectedHundredths(entryId: string): number | null {
  const byJuror = sheets.get(entryId);
  if (!byJuror || byJuror.size === 0) return null;
  const max = criteria[0]!.maxX100;
  let num = 0n;
  for (const values of byJuror.values())
    for (const c of criteria) num += BigInt(c.weightBp) * BigInt(values[c.id]!);
  const den = BigInt(max) * BigInt(byJuror.size);
  return Number((2n * num + den) / (2n * den));
}
// Hundredths as the page writes them in Bahasa Indonesia (decimal comma) and as a number.
const fmt = (h: number) => `${Math.floor(h / 100)},${String(h % 100).padStart(2, '0')}`;
const dotted = (h: number) => fmt(h).replace(',', '.');
const sheetTotal = (values: Record<string, number>) =>
  criteria.reduce((s, c) => s + (c.weightBp * values[c.id]!) / c.maxX100, 0) / 100;

async function go(section: string, screenId: string): Promise<void> {
  await page.click(`[data-nav="${screenId}"]`);
  await page.waitForFunction((h) => window.location.hash === h, `#/${section}/${screenId}`);
}

/** Waits for an organizer snapshot; on a timeout, says what the desk page showed. */
async function until(
  pred: (s: NonNullable<ReturnType<Client<'organizer'>['latest']>>) => boolean,
): Promise<void> {
  try {
    await org.waitFor(pred);
  } catch (err) {
    const shown = await page
      .locator('main')
      .innerText()
      .catch(() => '');
    throw new Error(`${(err as Error).message}; the desk showed: ${shown.slice(0, 600)}`);
  }
}

/** The page got the answer to its last call (buttons enabled again) and shows `text` in `testId`. */
async function pageShows(testId: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([id, txt]) => {
      const timer = document.querySelector<HTMLButtonElement>('[data-testid="step-timer"]');
      return (
        timer !== null &&
        !timer.disabled &&
        (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').includes(txt!)
      );
    },
    [testId, text],
  );
}

const phase = (entryId: string) => org.latest()?.phases[STAGE]?.[entryId];

beforeAll(async () => {
  assertPagesBuilt('panitia');
  srv = await startTestServer();
  org = await connect(srv.url, 'organizer', { key: srv.server.organizerKey });
  const snap = await org.waitFor(() => true);
  criteria = snap.stages.find((s) => s.id === STAGE)!.criteria;
  expect(new Set(criteria.map((c) => c.maxX100)).size).toBe(1);
  day = snap.entries
    .filter((e) => e.panelId === PANEL)
    .sort((a, b) => a.order - b.order)
    .slice(0, 4);
  for (const j of snap.jurors.filter((x) => x.panelId === PANEL))
    pads.set(j.id, await connect(srv.url, 'juror', { pin: j.pin }));
  screen = await connect(srv.url, 'screen', { name: 'utama' });
  browser = await launchBrowser();
  ({ page } = await newPage(browser, { width: 1366, height: 768 }));
  watched = watchPage(page, srv.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const p of pads.values()) p.close();
  screen?.close();
  org?.close();
  await srv?.stop();
  if (srv) removeDir(srv.dataDir);
  removeDir(tmp);
});

describe('organizer desk: a festival day in miniature', () => {
  it('signs in and opens live control for panel A', async () => {
    await page.goto(`${srv.url}/panitia`);
    await page.fill('input[name="organizer-key"]', srv.server.organizerKey);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.desk__nav');
    await go('live', 'control');
    await page.waitForSelector('[data-testid="running-order"]');
    expect(await page.locator('[data-testid="shortcuts"]').innerText()).toContain('N =');
    expect(await page.locator('[data-testid="juror-slots"] .slot').count()).toBe(4);
  });

  it('presents the entries in order from the keyboard; jurors submit; each is locked', async () => {
    const jurorIds = [...pads.keys()];
    for (const [i, entry] of day.entries()) {
      await page.locator('main h1').first().focus();
      await page.keyboard.press('n');
      await until((s) => s.live.find((l) => l.panelId === PANEL)?.presentingEntryId === entry.id);
      await pageShows('now-entry', entry.code);
      if (i === 0) {
        await page.keyboard.press('t');
        await until(
          (s) => s.live.find((l) => l.panelId === PANEL)?.timer.segment === 'presentation',
        );
        await pageShows('timer', 'Presentasi');
        await page.keyboard.press('t');
        await until((s) => s.live.find((l) => l.panelId === PANEL)?.timer.segment === 'qa');
        await pageShows('timer', 'Tanya jawab');
        await page.keyboard.press('p');
        await until((s) => s.live.find((l) => l.panelId === PANEL)?.timer.runningSince === null);
        await pageShows('step-pause', 'Lanjutkan');
      }
      await page.keyboard.press('o');
      await until(() => phase(entry.id) === 'scoring');
      await pageShows('now-phase', 'Penilaian dibuka');
      const cells = org.latest()!.progress[STAGE]![entry.id]!;
      const expected = jurorIds.filter((j) => cells[j] !== 'recused');
      const waiting = await page.locator('[data-testid="waiting"]').innerText();
      expect(waiting).toMatch(/^Menunggu: /);
      for (const j of expected)
        expect(waiting).toContain(org.latest()!.jurors.find((x) => x.id === j)!.name);
      for (const [k, jurorId] of jurorIds.entries()) {
        if (!expected.includes(jurorId)) continue;
        const values = valuesFor(i, k);
        expectOk(
          await pads.get(jurorId)!.call('sheet:save', {
            submissionId: submissionId(),
            entryId: entry.id,
            stageId: STAGE,
            status: 'submitted',
            values,
            comment: '',
          }),
        );
        if (!sheets.has(entry.id)) sheets.set(entry.id, new Map());
        sheets.get(entry.id)!.set(jurorId, values);
      }
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="waiting"]')?.textContent?.startsWith('Semua juri'),
      );
      if (i === 1) {
        // A pad that lost the network reports its outbox; the desk shows the unsent sheets.
        expectOk(await pads.get(jurorIds[2]!)!.call('outbox:report', { outbox: 2 }));
        await page.waitForSelector(`[data-juror="${jurorIds[2]}"] [data-testid="outbox"]`);
        expect(
          await page.locator(`[data-juror="${jurorIds[2]}"] [data-testid="outbox"]`).innerText(),
        ).toContain('2 lembar');
        expect(
          await page
            .locator(`[data-testid="progress-matrix"] tr.row--current td[data-cell="submitted"]`)
            .count(),
        ).toBe(expected.length);
        await screenshot(page, 'panitia-live-control');
        await page.locator('[data-testid="progress-matrix"]').scrollIntoViewIfNeeded();
        await screenshot(page, 'panitia-live-matrix');
        await page.setViewportSize({ width: 1920, height: 1080 });
        await page.locator('main h1').first().scrollIntoViewIfNeeded();
        await screenshot(page, 'panitia-live-control-1920');
        await page.setViewportSize({ width: 1366, height: 768 });
        await page.locator('main h1').first().focus();
        expectOk(await pads.get(jurorIds[2]!)!.call('outbox:report', { outbox: 0 }));
      }
      expect(await page.locator('[data-testid="step-lock"]').innerText()).toContain(entry.code);
      await page.keyboard.press('l');
      await until(() => phase(entry.id) === 'locked');
      await pageShows('now-phase', 'Terkunci');
    }
    expect(
      await page.locator('[data-testid="progress-matrix"] td[data-cell="locked"]').count(),
    ).toBeGreaterThan(0);
  });

  it('reopens a lock only with a written reason, then locks it again', async () => {
    const entry = day[0]!;
    await page.click(`[aria-label="Buka ulang… ${entry.code}"]`);
    await page.waitForSelector('dialog[open]');
    expect(await page.locator('[data-testid="reopen-confirm"]').isDisabled()).toBe(true);
    await page.fill('textarea[name="reopen-reason"]', 'Juri salah ketik nilai kebaruan');
    await page.click('[data-testid="reopen-confirm"]');
    await until(() => phase(entry.id) === 'scoring');
    await page.click(`[aria-label="Kunci ${entry.code}"]`);
    await until(() => phase(entry.id) === 'locked');
  });

  it('corrects a locked sheet through the page with a reason; the versions are listed', async () => {
    await go('results', 'corrections');
    const entry = day[1]!;
    const jurorId = [...sheets.get(entry.id)!.keys()][0]!;
    await page.selectOption('select[name="correct-entry"]', entry.id);
    await page.selectOption('select[name="correct-juror"]', jurorId);
    await page.waitForSelector('[data-testid="sheet-history"] tbody tr');
    const c = criteria[0]!;
    await page.fill(`input[name="value-${c.id}"]`, '10');
    expect(await page.locator('[data-testid="correct-submit"]').isDisabled()).toBe(true);
    await page.fill('textarea[name="correct-reason"]', 'Koreksi atas permintaan ketua juri');
    await page.click('[data-testid="correct-submit"]');
    await page.waitForSelector('[data-testid="corrected"]');
    sheets.get(entry.id)!.set(jurorId, { ...sheets.get(entry.id)!.get(jurorId)!, [c.id]: 1000 });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="sheet-history"] tbody tr').length === 2,
    );
    // The audit log shows who, what, old and new, and why; filtered to corrections.
    await page.selectOption('select[name="audit-action"]', 'sheet.correct');
    await page.click('.audit-filter button[type="submit"]');
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="audit-log"] tbody tr')];
      return (
        rows.length === 1 && rows[0]!.textContent!.includes('Koreksi atas permintaan ketua juri')
      );
    });
    const row = await page.locator('[data-testid="audit-log"] tbody tr').first().innerText();
    const jurorName = org.latest()!.jurors.find((j) => j.id === jurorId)!.name;
    expect(row).toContain(`mengoreksi nilai Juri ${jurorName} untuk ${entry.code}`);
    expect(row).toContain(`${c.name} `);
    expect(row).toContain('→ 10');
    // Every row of the whole log reads as a sentence: names, no ids, codes or raw JSON.
    await page.selectOption('select[name="audit-action"]', '');
    await page.click('.audit-filter button[type="submit"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="audit-log"] tbody tr').length > 10,
    );
    const all = await page.locator('[data-testid="audit-log"] tbody tr').allInnerTexts();
    const ids = [
      ...org.latest()!.entries.map((e) => e.id),
      ...org.latest()!.jurors.map((j) => j.id),
    ];
    for (const text of all) {
      expect(text).not.toMatch(/[{}[\]"]|\b[a-z]+\.[a-z-]+\b|juror:|organizer@|null/);
      for (const id of ids) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
    // A submission as the issue puts it: "Juri Siti mengirim nilai TIF-003 ...: kebaruan 9,5; ..."
    const [subEntry, subSheets] = [...sheets].reverse().find(([id]) => id !== entry.id)!;
    const [subJuror, subValues] = [...subSheets][0]!;
    const idNum = (h: number) => String(h / 100).replace('.', ',');
    const expected = `Juri ${org.latest()!.jurors.find((j) => j.id === subJuror)!.name} mengirim nilai ${
      day.find((e) => e.id === subEntry)!.code
    }`;
    const line = all.find((text) => text.includes(expected));
    expect(line, expected).toBeDefined();
    expect(line).toContain(criteria.map((k) => `${k.name} ${idNum(subValues[k.id]!)}`).join('; '));
    await page.selectOption('select[name="audit-action"]', 'sheet.correct');
    await page.click('.audit-filter button[type="submit"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="audit-log"] tbody tr').length === 1,
    );
    await screenshot(page, 'panitia-results-audit');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="audit-csv"]'),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[1]).toContain('sheet.correct');
    expect(csv).toContain('Koreksi atas permintaan ketua juri');
  });

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

  it("shows a tie the chain cannot break and records the head juror's decision", async () => {
    // Panel B, driven by the test's own organizer socket: two village entries get identical
    // sheets from every juror, so every criterion ties too.
    const snap = org.latest()!;
    const [a, b] = snap.entries
      .filter((e) => e.categoryId === 'desa')
      .sort((x, y) => x.order - y.order);
    const jurorsB = snap.jurors.filter((j) => j.panelId === 'panel-b');
    const padsB = await Promise.all(jurorsB.map((j) => connect(srv.url, 'juror', { pin: j.pin })));
    try {
      for (const e of [a!, b!]) {
        expectOk(
          await org.call('entry:transition', { entryId: e.id, stageId: STAGE, action: 'open' }),
        );
        for (const [k, pad] of padsB.entries()) {
          if (snap.progress[STAGE]?.[e.id]?.[jurorsB[k]!.id] === 'recused') continue;
          expectOk(
            await pad.call('sheet:save', {
              submissionId: submissionId(),
              entryId: e.id,
              stageId: STAGE,
              status: 'submitted',
              values: valuesFor(0, k),
              comment: '',
            }),
          );
        }
      }
    } finally {
      for (const p of padsB) p.close();
    }
    await page.click('[data-view="desa"]');
    await page.waitForSelector('[data-testid="tie-form"]');
    expect(
      await page
        .locator(`[data-testid="standings"] tr[data-entry="${a!.code}"] [data-testid="rank"]`)
        .innerText(),
    ).toContain('=');
    await page.locator('[data-testid="tie-form"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-results-tie');
    await page.click(`[aria-label="Turunkan ${a!.code}"]`);
    await page.fill('textarea[name="tie-reason"]', 'Dampak lebih luas menurut dewan juri');
    await page.click('[data-testid="tie-form"] button[type="submit"]');
    const decided = await org.waitFor((s) => s.tieDecisions.length === 1);
    expect(decided.tieDecisions[0]).toMatchObject({
      categoryId: 'desa',
      entryIds: [b!.id, a!.id],
      decidedBy: 'Prof. Dr. Suhartono',
    });
    const rows = decided.standings[STAGE]!.byCategory.desa!;
    expect(rows.find((r) => r.entryId === b!.id)).toMatchObject({
      rank: 1,
      tied: false,
      decidedBy: 'head-juror',
    });
    await page.waitForSelector('[data-testid="tie-form"]', { state: 'detached' });
    expect(
      await page.locator(`[data-testid="standings"] tr[data-entry="${b!.code}"]`).innerText(),
    ).toContain('keputusan ketua juri');
  });

  it('exports XLSX with numeric cells and CSV, read back', async () => {
    await go('results', 'paperwork');
    // Most entries are not locked: the desk names them and asks for a reason first.
    await page.click('[data-testid="export-xlsx"]');
    await page.waitForSelector('[data-testid="reason-items"] li');
    const named = await page.locator('[data-testid="reason-items"]').innerText();
    const unlocked = org.latest()!.entries.find((e) => phase(e.id) !== 'locked')!;
    expect(named).toContain(unlocked.code);
    for (const e of day) expect(named).not.toContain(`${e.code} `);
    await page.fill('textarea[name="confirm-reason"]', 'Rekap sementara untuk rapat juri');
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="reason-confirm"]'),
    ]);
    const audited = expectOk(
      await org.call('audit:list', { action: 'results.export.provisional' }),
    );
    expect(audited.rows[0]?.reason).toBe('Rekap sementara untuk rapat juri');
    const file = join(tmp, 'hasil.xlsx');
    await dl.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const raw = wb.getWorksheet('Nilai mentah')!;
    const header = (raw.getRow(1).values as unknown[]).map(String);
    const totalCol = header.indexOf('Total');
    const codeCol = header.indexOf('Kode');
    const jurorCol = header.indexOf('Juri');
    const names = new Map(org.latest()!.jurors.map((j) => [j.name, j.id]));
    let checked = 0;
    raw.eachRow((row, n) => {
      if (n === 1) return;
      const e = day.find((x) => x.code === row.getCell(codeCol).value);
      const values = e && sheets.get(e.id)?.get(names.get(String(row.getCell(jurorCol).value))!);
      if (!values) return;
      const cell = row.getCell(totalCol).value;
      expect(typeof cell).toBe('number');
      expect(cell).toBeCloseTo(sheetTotal(values), 2);
      checked++;
    });
    expect(checked).toBe([...sheets.values()].reduce((s, m) => s + m.size, 0));
    const standings = wb.getWorksheet('Peringkat')!;
    const sh = (standings.getRow(1).values as unknown[]).map(String);
    standings.eachRow((row, n) => {
      if (n === 1) return;
      const e = day.find((x) => x.code === row.getCell(sh.indexOf('Kode')).value);
      if (!e) return;
      const v = row.getCell(sh.indexOf('Nilai akhir')).value;
      expect(typeof v).toBe('number');
      expect((v as number).toFixed(2)).toBe(dotted(expectedHundredths(e.id)!));
      // Every row carries its status: the day's entries are locked.
      expect(row.getCell(sh.indexOf('Status')).value).toBe('terkunci');
    });
    const statuses = new Set<string>();
    standings.eachRow((row, n) => {
      if (n > 1) statuses.add(String(row.getCell(sh.indexOf('Status')).value));
    });
    expect([...statuses].sort()).toEqual(['sementara', 'terkunci']);
    expect(wb.worksheets.map((w) => w.name)).toContain(
      'Rekap Perangkat Daerah (OPD)'.slice(0, 28).trim(),
    );
    await page.click('[data-testid="export-csv-excel-id"]');
    await page.fill('textarea[name="confirm-reason"]', 'Rekap sementara untuk rapat juri');
    const [csvDl] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="reason-confirm"]'),
    ]);
    // Indonesian-locale Excel: ';' between fields and a decimal comma.
    const csv = readFileSync((await csvDl.path())!, 'utf8');
    const line = csv.split('\r\n').find((l) => l.includes(`;${day[0]!.code};`));
    const value = String(Number(dotted(expectedHundredths(day[0]!.id)!))).replace('.', ',');
    expect(line).toContain(`;${value};`);
    expect(line).toMatch(/;terkunci$/);
    expect(csv.split('\r\n')[0]).toMatch(/;Status$/);
    expect(csv).toMatch(/;sementara\r\n/);
    await page.click('[data-testid="export-csv-intl"]');
    await page.fill('textarea[name="confirm-reason"]', 'Rekap sementara untuk rapat juri');
    const [intlDl] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="reason-confirm"]'),
    ]);
    const intl = readFileSync((await intlDl.path())!, 'utf8');
    const intlLine = intl.split('\r\n').find((l) => l.includes(`,${day[0]!.code},`));
    expect(intlLine).toContain(`,${Number(dotted(expectedHundredths(day[0]!.id)!))},`);
    expect(csv).not.toContain('head-juror');
  });

  it("prints the Berita Acara to an A4 PDF with the standings and the jurors' signature lines", async () => {
    await page.click('[data-doc="berita-acara"]');
    await page.waitForSelector('[data-testid="doc-berita-acara"]');
    await screenshot(page, 'panitia-results-berita-acara');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const file = join(tmp, 'berita-acara.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('BERITA ACARA PENILAIAN');
    expect(text).toContain('Festival Inovasi Daerah 2026');
    const best = [...day].sort((a, b) => expectedHundredths(b.id)! - expectedHundredths(a.id)!)[0]!;
    expect(text).toContain(best.code);
    expect(text).toContain(fmt(expectedHundredths(best.id)!));
    expect(text).not.toContain(dotted(expectedHundredths(best.id)!));
    for (const j of org.latest()!.jurors) expect(text).toContain(j.name);
    expect(text).toContain('Tanda tangan');
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    // Certificates: one A4 page per winner (places 1-3 of every category).
    await page.click('[data-doc="certificates"]');
    await page.waitForSelector('[data-testid="doc-certificates"] .certificate');
    const winners = Object.values(org.latest()!.standings[STAGE]!.byCategory)
      .flat()
      .filter((r) => r.rank !== null && r.rank <= 3).length;
    expect(await page.locator('.certificate').count()).toBe(winners);
    const certs = join(tmp, 'sertifikat.pdf');
    writeFileSync(
      certs,
      await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
    );
    expect(
      Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [certs], { encoding: 'utf8' }))?.[1]),
    ).toBe(winners);
    const certText = execFileSync('pdftotext', [certs, '-'], { encoding: 'utf8' });
    expect(certText).toContain('sebagai Juara 1 Kategori Perangkat Daerah (OPD)');
    // Every category still has unlocked entries: every certificate says so on paper.
    expect(certText.match(/SEMENTARA/g)?.length).toBe(winners);
    await screenshot(page, 'panitia-results-certificates');
  });

  it("switches a screen's mode and starts a reveal with a stealth preview", async () => {
    await go('live', 'screens');
    await page.waitForSelector('[data-screen="utama"]');
    await page.selectOption('select[name="mode-utama"]', 'reveal');
    await screen.waitFor((s) => s.screen.mode === 'reveal');
    await page.selectOption('select[name="reveal-category"]', 'opd');
    await page.fill('input[name="reveal-places"]', '3');
    await page.click('[data-testid="reveal-start"]');
    // OPD is not all locked: refused, naming the entries, until confirmed with a reason.
    await page.waitForSelector('[data-testid="reason-items"] li');
    expect(org.latest()!.release.reveal).toBeNull();
    await page.fill('textarea[name="confirm-reason"]', 'Uji coba upacara sebelum final');
    await page.click('[data-testid="reason-confirm"]');
    await org.waitFor((s) => s.release.reveal?.places === 3 && s.release.reveal.provisional);
    await page.waitForSelector('[data-testid="reveal-provisional-badge"]');
    expect(await page.locator('[data-testid="stealth-preview"] tbody tr').count()).toBe(3);
    const started = await screen.waitFor((s) => s.reveal !== null);
    expect(started.reveal!.rows).toHaveLength(0);
    expect(started.reveal!.provisional).toBe(true);
    await page.click('[data-testid="reveal-next"]');
    const shown = await screen.waitFor((s) => typeof s.reveal?.revealedPlace === 'number');
    const place = shown.reveal!.revealedPlace!;
    expect(shown.reveal!.rows.every((r) => (r.rank ?? 0) >= place)).toBe(true);
    await page.locator('[data-testid="stealth-preview"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-live-screens');
    // Privacy and the ticker reach the screens; the reveal ends.
    await page.click('[data-privacy="hidden"]');
    await screen.waitFor((s) => s.privacy === 'hidden');
    await page.fill('input[name="ticker"]', 'Istirahat 15 menit');
    await page.keyboard.press('Enter');
    await screen.waitFor((s) => s.message === 'Istirahat 15 menit');
    await page.click('button:has-text("Selesai")');
    await screen.waitFor((s) => s.reveal === null);
  });

  it('restores a backup through the page and gets the same standings', async () => {
    const before = expectOk(await org.call('results:get', {})).stages[0]!.standings.overall.map(
      (r) => [r.entryId, r.scoreMicro, r.rank],
    );
    await go('results', 'backups');
    await page.click('[data-testid="backup-now"]');
    await page.waitForSelector('[data-testid="backup-note"]');
    const file = /panggung-[\w.-]+\.db/.exec(
      await page.locator('[data-testid="backup-note"]').innerText(),
    )![0];
    // A change after the backup: a correction on another entry.
    const entry = day[2]!;
    const [jurorId, values] = [...sheets.get(entry.id)!.entries()][0]!;
    expectOk(
      await org.call('sheet:correct', {
        submissionId: submissionId(),
        jurorId,
        entryId: entry.id,
        stageId: STAGE,
        values: { ...values, [criteria[1]!.id]: 100 },
        comment: '',
        reason: 'uji pemulihan',
      }),
    );
    const changed = expectOk(await org.call('results:get', {})).stages[0]!.standings.overall.map(
      (r) => [r.entryId, r.scoreMicro, r.rank],
    );
    expect(changed).not.toEqual(before);
    await screenshot(page, 'panitia-results-backups');
    await page.click(`[aria-label="Pulihkan ${file}"]`);
    await page.waitForSelector('dialog[open]');
    await page.click('[data-testid="restore-confirm"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="backup-note"]')?.textContent?.startsWith('Dipulihkan'),
    );
    const after = expectOk(await org.call('results:get', {})).stages[0]!.standings.overall.map(
      (r) => [r.entryId, r.scoreMicro, r.rank],
    );
    expect(after).toEqual(before);
    await go('results', 'standings');
    await page.click('[data-view="opd"]');
    const raw = await page
      .locator(`[data-testid="standings"] tr[data-entry="${entry.code}"] [data-testid="raw"]`)
      .innerText();
    expect(raw).toBe(fmt(expectedHundredths(entry.id)!));
  });

  it("re-issues a juror's code from the juror slots; the old pad is turned away", async () => {
    await go('live', 'control');
    const juror = org.latest()!.jurors.find((j) => j.id === 'j-a4')!;
    const revoked = new Promise<void>((resolve) =>
      pads.get(juror.id)!.socket.once('disconnect', () => resolve()),
    );
    await page.click(`[aria-label="Buat kode baru untuk ${juror.name}"]`);
    await page.waitForSelector('dialog[open]');
    await page.click('dialog[open] .btn--danger');
    await page.waitForSelector('[data-testid="new-pin"]');
    const shown = (await page.locator('[data-testid="new-pin"] .pin').innerText()).trim();
    await org.waitFor((s) => s.jurors.find((j) => j.id === juror.id)!.pin === shown);
    expect(shown).not.toBe(juror.pin);
    await revoked;
  });

  it('switches the desk to English', async () => {
    await page.selectOption('.desk__tools select', 'en');
    await go('live', 'control');
    await page.waitForFunction(
      () => document.querySelector('main h1')?.textContent === 'Panel control',
    );
    expect(await page.locator('[data-testid="shortcuts"]').innerText()).toContain('present next');
    await page.selectOption('.desk__tools select', 'id');
  });

  it('made no page errors and no request outside the venue', async () => {
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
