// The organizer desk's first steps in real Chromium against a real venue server over an
// empty data folder: sign in with the key, a new festival, then entries and jurors from XLSX
// files the test builds with exceljs (preview, import, running order), a bad file refused
// with row numbers. Screenshots of every screen. Needs the built pages (`npm run build:web`).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import type { Client, TestServer } from '../helpers/server.js';
import { go, setupDeskForFile, signIn } from '../helpers/setup-desk.js';
import { entryHeader, entryRows, jurorRows, xlsx, xlsxWithTitle } from './organizer-fixtures.js';

const d = setupDeskForFile({ imported: false });
let a: TestServer;
let orgA: Client<'organizer'>;
let page: Page;
beforeAll(() => {
  ({ a, orgA, page } = d);
});
const { waitA } = d;

describe('organizer desk: setup, a new festival and its import', () => {
  it('signs in with the key and starts a new festival in an empty data folder', async () => {
    await page.goto(`${a.url}/panitia`);
    await page.waitForSelector('input[name="organizer-key"]');
    await screenshot(page, 'panitia-setup-signin');
    await page.fill('input[name="organizer-key"]', 'wrong-key');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.field-error');
    await signIn(page, a.server.organizerKey);
    expect(page.url()).not.toContain(a.server.organizerKey);
    await page.waitForSelector('#new-title');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#new-title ~ .field .field-error');
    expect(await page.innerText('.field-error')).toBe('Wajib diisi.');
    await screenshot(page, 'panitia-setup-new-festival');
    await page.fill('input[name="new-name"]', 'Trenggalek Innovation Fest 2026');
    await page.fill('input[name="new-venue"]', 'GOR Gajah Putih');
    await page.click('button[type="submit"]');
    const snap = await waitA((s) => s.festival.name === 'Trenggalek Innovation Fest 2026');
    expect(snap.stages[0]?.criteria.map((c) => c.weightBp)).toEqual([3000, 2500, 1500, 2000, 1000]);
    await page.waitForFunction(() => window.location.hash === '#/setup/festival');
  });

  it('refuses a bad XLSX with row numbers and imports nothing', async () => {
    await go(page, 'entries');
    await page.click('[data-testid="open-import"]');
    // The example file comes as XLSX too, with the headings the import recognises.
    const [sample] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="sample-xlsx"]'),
    ]);
    expect(sample.suggestedFilename()).toBe('contoh-inovasi.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await sample.path());
    const sampleHeader = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(sampleHeader.slice(0, 7)).toEqual([
      'Kode',
      'Judul',
      'Instansi',
      'Kategori',
      'Panel',
      'Penyaji',
      'No. urut',
    ]);
    expect(typeof wb.worksheets[0]!.getRow(2).getCell(7).value).toBe('number');
    const bad = await xlsx([
      entryHeader,
      [1, 'OPD-01', 'Satu', 'BPBD', 'Perangkat Daerah', 'Panel A', ''],
      [2, 'OPD-01', 'Dua', 'Dinkes', 'Perangkat Daerah', 'Panel A', ''],
      [3, 'OPD-03', '', 'Dinsos', 'Perangkat Daerah', 'Panel A', ''],
      [3, 'OPD-04', 'Empat', 'Bappeda', 'Kategori Hantu', 'Panel A', ''],
    ]);
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'peserta-salah.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bad,
    });
    await page.waitForSelector('[data-testid="import-errors"]');
    const errors = await page.locator('[data-testid="import-errors"] li').allInnerTexts();
    expect(errors.some((e) => e.startsWith('Baris 3') && e.includes('OPD-01'))).toBe(true);
    expect(errors.some((e) => e.startsWith('Baris 4') && e.includes('Judul'))).toBe(true);
    expect(errors.some((e) => e.startsWith('Baris 5') && e.includes('Kategori Hantu'))).toBe(true);
    expect(await page.isDisabled('[data-testid="import-submit"]')).toBe(true);
    await page.locator('[data-testid="import-errors"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-setup-import-errors');
    // The same through CSV as Excel saves it in an Indonesian locale (";" and a BOM).
    const csv =
      '\uFEFFKode;Judul Inovasi;Instansi;Kategori;Panel\r\nX-1;"Satu; dua";Dinas;Umum;Panel A\r\nX-1;Tiga;Dinas;Umum;Panel A\r\n';
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'peserta.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="import-errors"]')?.textContent?.includes('X-1'),
    );
    expect(await page.locator('[data-testid="import-errors"] li').allInnerTexts()).toEqual([
      'Baris 3 · Kode: Kode X-1 juga dipakai di baris 2.',
    ]);
    expect(await page.isDisabled('[data-testid="import-submit"]')).toBe(true);
    expect(orgA.latest()?.entries ?? []).toHaveLength(0);
  });

  it('imports entries and jurors from XLSX through preview; the snapshot then has them', async () => {
    // The usual government sheet: a merged title and subtitle above the table.
    const file = await xlsxWithTitle(
      'DAFTAR INOVASI PESERTA FESTIVAL INOVASI DAERAH 2026',
      'Kabupaten Trenggalek',
      [entryHeader, ...entryRows],
    );
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'lampiran-peserta.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.waitForSelector('[data-testid="import-errors"]'); // categories and panels do not exist yet
    expect(await page.inputValue('select[name="header-row"]')).toBe('4');
    expect(await page.innerText('[data-testid="import-rows-read"]')).toBe(
      `${entryRows.length} baris data (baris 5–${4 + entryRows.length})`,
    );
    expect(await page.innerText('[data-testid="import-file-name"]')).toBe('lampiran-peserta.xlsx');
    // Every column choice offers the real headings, not the title repeated.
    const options = await page.locator('select[name="map-title"] option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(entryHeader));
    expect(options.filter((o) => o.startsWith('DAFTAR'))).toEqual([]);
    // Choosing the title row as header is possible, and then says what to do.
    await page.selectOption('select[name="header-row"]', '1');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="import-errors"]')?.textContent?.includes('baris 1'),
    );
    expect(await page.innerText('[data-testid="import-errors"]')).toContain(
      'Kolom "Kode" tidak ditemukan di baris judul (baris 1)',
    );
    await page.selectOption('select[name="header-row"]', '4');
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid="import-errors"]')?.textContent?.includes('baris 1'),
    );
    await page.check('input[name="create-missing"]');
    await page.waitForSelector('[data-testid="import-summary"] .badge--success');
    await page.locator('.import-panel .table-wrap').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-setup-import-preview');
    await page.click('[data-testid="import-submit"]');
    const snap = await waitA((s) => s.entries.length === 6);
    // The new festival's empty "Umum" gave way to the file's categories.
    expect(snap.categories.map((c) => c.name)).toEqual(['Perangkat Daerah', 'Sekolah', 'Desa']);
    expect(snap.panels.map((p) => p.name)).toEqual(['Panel A', 'Panel B']);
    const des = snap.entries.find((e) => e.code === 'DES-01');
    expect(des?.order).toBe(3); // no number in the file: after the last of its panel
    await page.waitForSelector('[data-testid="entries-table"] tbody tr:nth-child(3)');
    // Running order by button (drag and drop does the same call).
    await page.click('[aria-label="Turunkan OPD-01"]');
    await waitA((s) => s.entries.find((e) => e.code === 'OPD-01')?.order === 2);
    await page.click('[aria-label="Naikkan OPD-01"]');
    await waitA((s) => s.entries.find((e) => e.code === 'OPD-01')?.order === 1);
    // By number: OPD-01 to place 3, the others move up.
    await page.waitForFunction(
      () =>
        (document.querySelector('[aria-label="No. urut OPD-01"]') as HTMLInputElement | null)
          ?.value === '1',
    );
    await page.fill('[aria-label="No. urut OPD-01"]', '3');
    await page.keyboard.press('Enter');
    const byNumber = await waitA((s) => s.entries.find((e) => e.code === 'OPD-01')?.order === 3);
    expect(
      byNumber.entries
        .filter((e) => e.code.startsWith('OPD'))
        .sort((x, y) => x.order - y.order)
        .map((e) => e.code),
    ).toEqual(['OPD-02', 'OPD-03', 'OPD-01']);
    // By dragging a row onto another: OPD-01 back to the top.
    // (The drag events are dispatched directly: a synthesized mouse drag is timing-dependent.)
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="entries-table"] tbody tr:nth-child(3)')
        ?.textContent?.includes('OPD-01'),
    );
    await page.evaluate(() => {
      const rows = document.querySelectorAll('[data-testid="entries-table"] tbody tr');
      const fire = (el: Element | undefined, type: string) =>
        el?.dispatchEvent(
          new DragEvent(type, {
            bubbles: true,
            cancelable: true,
            dataTransfer: new DataTransfer(),
          }),
        );
      fire(rows[2], 'dragstart');
      fire(rows[0], 'dragover');
      fire(rows[0], 'drop');
    });
    await waitA((s) => s.entries.find((e) => e.code === 'OPD-01')?.order === 1);
    await screenshot(page, 'panitia-setup-entries');
    await page.click('.page-header__actions .btn--primary');
    await page.fill('input[name="code"]', 'opd-02');
    await page.click('#entry-form-title ~ .form-actions button[type="submit"]');
    await page.waitForSelector('#entry-form-title ~ .field .field-error');
    await screenshot(page, 'panitia-setup-entry-form');
    await page.fill('input[name="title"]', 'Judul');
    await page.fill('input[name="institution"]', 'Dinas');
    await page.click('#entry-form-title ~ .form-actions button[type="submit"]');
    // The server refuses the duplicate code (case-insensitive): the reason under the code
    // field and what to do at the form's foot, in the page's language.
    const taken = entryRows.find((r) => r[1] === 'OPD-02')?.[2];
    const codeError = '#entry-form-title ~ .field:has(input[name="code"]) .field-error';
    await page.waitForSelector(codeError);
    expect(await page.innerText(codeError)).toBe(
      `Kode opd-02 sudah dipakai oleh "${taken}". Pakai kode lain.`,
    );
    expect(await page.innerText('.form-error')).toBe(
      'Belum disimpan: perbaiki isian yang ditandai.',
    );
    await page.locator('#entry-form-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-setup-entry-duplicate-code');
    await page.selectOption('.language-switch select', 'en');
    await page.click('#entry-form-title ~ .form-actions button[type="submit"]');
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.startsWith('Code opd-02'),
      codeError,
    );
    expect(await page.innerText(codeError)).toBe(
      `Code opd-02 is already used by "${taken}". Use another code.`,
    );
    expect(await page.innerText('.form-error')).toBe('Not saved: fix the marked fields.');
    await page.selectOption('.language-switch select', 'id');
    await page.click('#entry-form-title ~ .form-actions .btn--ghost');

    await go(page, 'jurors');
    await page.click('[data-testid="open-import"]');
    // The example file: a header the mapping recognises, in the page's language.
    const [sample] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="sample-csv"]'),
    ]);
    expect(sample.suggestedFilename()).toBe('contoh-juri.csv');
    expect(readFileSync(await sample.path(), 'utf8').split('\r\n')[0]).toBe(
      '\uFEFFNama,Panel,Ketua,Konflik',
    );
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'juri.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsx(jurorRows, 'Juri'),
    });
    await page.waitForSelector('[data-testid="import-summary"] .badge--success');
    await page.click('[data-testid="import-submit"]');
    const withJurors = await waitA((s) => s.jurors.length === 4);
    const siti = withJurors.jurors.find((j) => j.name.startsWith('Siti'));
    expect(siti?.conflictInstitutions).toEqual(['SMPN 1 Trenggalek']);
    expect(siti?.conflictEntryIds).toEqual([des?.id]);
    expect(
      withJurors.jurors
        .filter((j) => j.isChair)
        .map((j) => j.name)
        .sort(),
    ).toEqual(['Dr. Hendra Gunawan', 'Prof. Dr. Suhartono']);
    await page.waitForSelector('[data-testid="jurors-table"] tbody tr:nth-child(4)');
    await screenshot(page, 'panitia-setup-jurors');
  });
});
