// The organizer desk's paperwork after a festival day on panel A (scored over the sockets,
// test/helpers/live-desk.ts) in real Chromium: a tie the chain cannot break decided by the
// head juror, the XLSX/CSV exports read back, the Berita Acara and the certificates printed
// to PDF and read with pdftotext, all against the test's own arithmetic.
// Screenshots under docs/screenshots/panitia-results-*.png. Needs the built pages.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import { dotted, fmt, liveDeskForFile, STAGE } from '../helpers/live-desk.js';
import {
  connect,
  expectOk,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';

const d = liveDeskForFile({ scored: true, tmpPrefix: 'panggung-live-paperwork-' });
let srv: TestServer;
let org: Client<'organizer'>;
let page: Page;
let tmp: string;
// The day was scored over the sockets; the desk page signs in as the organizer does.
beforeAll(async () => {
  ({ srv, org, page, tmp } = d);
  await d.signIn();
  // The tie is shown and decided on the standings screen.
  await d.go('results', 'standings');
});
const { day, sheets, valuesFor, expectedHundredths, sheetTotal, go, phase } = d;

describe("organizer desk: the day's paperwork", () => {
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
});
