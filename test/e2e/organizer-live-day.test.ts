// The organizer desk's live control in real Chromium against a real venue server with the
// demo festival: a festival day in miniature on panel A driven from the desk page (keyboard
// shortcuts and buttons), jurors as real socket.io clients, a reopen and a correction with
// written reasons through the page (and the audit log that records them), a juror's code
// re-issued, the desk in English. The results of such a day: organizer-live-standings,
// -paperwork and -screens. Screenshots under docs/screenshots/panitia-*.png.
// Needs the built pages (`npm run build:web`).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type Watched } from '../helpers/browser.js';
import { liveDeskForFile, PANEL, STAGE } from '../helpers/live-desk.js';
import { expectOk, submissionId, type Client, type TestServer } from '../helpers/server.js';

const d = liveDeskForFile({ scored: false, tmpPrefix: 'panggung-live-' });
let srv: TestServer;
let org: Client<'organizer'>;
let page: Page;
let watched: Watched;
beforeAll(() => {
  ({ srv, org, page, watched } = d);
});
const { pads, criteria, day, sheets, valuesFor, go, until, pageShows, phase } = d;

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
