// The organizer desk's setup in real Chromium against real venue servers: a new festival in
// an empty data folder, entries and jurors from XLSX files the test builds with exceljs
// (preview, import), a bad file refused with row numbers, juror cards with QR and PIN,
// a template exported and imported into a fresh data folder giving the same setup, and
// screenshots of every setup screen. Needs the built pages (`npm run build:web`).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
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
  type Client,
  type TestServer,
} from '../helpers/server.js';
import { entryHeader, entryRows, jurorRows, xlsx, xlsxWithTitle } from './organizer-fixtures.js';

let a: TestServer;
let b: TestServer | null = null;
let orgA: Client<'organizer'>;
let browser: Browser;
let page: Page;
let watched: Watched;

/** Snapshot waits with room for a busy machine (the suite shares two cores). */
const waitA = (pred: (s: OrganizerSnapshot) => boolean) =>
  orgA.waitFor(pred, 20_000).catch((err: Error) => {
    throw new Error(`${err.message}: ${pred.toString()}`);
  });

async function signIn(p: Page, key: string): Promise<void> {
  await p.fill('input[name="organizer-key"]', key);
  await p.keyboard.press('Enter');
  await p.waitForSelector('.desk__nav');
}

async function go(p: Page, screen: string): Promise<void> {
  await p.click(`[data-nav="${screen}"]`);
  await p.waitForFunction((s) => window.location.hash === `#/setup/${s}`, screen);
}

beforeAll(async () => {
  assertPagesBuilt('panitia');
  a = await startTestServer({ seedDemo: false });
  orgA = await connect(a.url, 'organizer', { key: a.server.organizerKey }, { reconnection: true });
  browser = await launchBrowser();
  ({ page } = await newPage(browser));
  watched = watchPage(page, a.url);
});

afterAll(async () => {
  await browser?.close();
  orgA?.close();
  await a?.stop();
  if (a) removeDir(a.dataDir);
  if (b) {
    await b.stop();
    removeDir(b.dataDir);
  }
});

describe('organizer desk: setup', () => {
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

  it('shows the festival, category and panel screens', async () => {
    await go(page, 'festival');
    await page.fill('input[name="endDate"]', '2000-01-01');
    await page.click('button[type="submit"]');
    await page.waitForSelector('.field-error');
    expect(await page.innerText('.field-error')).toContain('hari pertama');
    await screenshot(page, 'panitia-setup-festival');
    // English is one choice away; the same check then speaks English, zod's own messages too.
    await page.selectOption('.language-switch select', 'en');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() =>
      document.querySelector('.field-error')?.textContent?.includes('first day'),
    );
    await page.fill('input[name="name"]', '');
    await page.click('button[type="submit"]');
    await page.waitForFunction(
      () => document.querySelector('.field-error')?.textContent === 'Required.',
    );
    expect(await page.innerText('h1')).toBe('Festival');
    expect(await page.innerText('[data-nav="entries"]')).toBe('Entries');
    await page.selectOption('.language-switch select', 'id');
    await go(page, 'categories');
    await page.waitForSelector('.named-row');
    await screenshot(page, 'panitia-setup-categories');
    await go(page, 'panels');
    await page.waitForSelector('.named-row');
    await screenshot(page, 'panitia-setup-panels');
  });

  it('is usable with the keyboard alone: navigate, open a form, save with Enter', async () => {
    const tabTo = async (selector: string, max = 80) => {
      for (let i = 0; i < max; i++) {
        if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
          return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo('[data-nav="jurors"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Juri',
    );
    await tabTo('.page-header__actions .btn--primary');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'name');
    await page.keyboard.press('Enter'); // empty name: the error is next to the field, focus stays
    await page.waitForSelector('#juror-form-title ~ .field .field-error');
    expect(await page.innerText('#juror-form-title ~ .field .field-error')).not.toBe('');
    await page.keyboard.type('Dra. Keyboard Saja');
    await page.keyboard.press('Enter');
    const saved = await waitA((s) => s.jurors.some((j) => j.name === 'Dra. Keyboard Saja'));
    expect(saved.jurors.filter((j) => j.name === 'Dra. Keyboard Saja')).toHaveLength(1);
    await page.waitForSelector('#juror-form-title', { state: 'detached' });
  });

  it('renders juror cards with a QR code and the PIN for each juror', async () => {
    await go(page, 'cards');
    await page.waitForFunction(
      () => [...document.querySelectorAll('img.juror-card__qr')].length === 5,
    );
    const snap = orgA.latest();
    const pins = await page.locator('[data-testid="card-pin"]').allInnerTexts();
    expect(pins.sort()).toEqual((snap?.jurors ?? []).map((j) => j.pin).sort());
    const src = await page.getAttribute('img.juror-card__qr', 'src');
    expect(src).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(src ?? '')).toContain('<svg');
    await screenshot(page, 'panitia-setup-cards');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    // The print layout at A4 width (210 mm minus 10 mm margins at 96 dpi): only the cards.
    await page.setViewportSize({ width: 718, height: 1047 });
    expect(await page.isVisible('.desk__nav')).toBe(false);
    await screenshot(page, 'panitia-setup-cards-print');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.emulateMedia({ media: 'screen' });
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

  it('exports a template and imports it into a fresh data folder: the same setup', async () => {
    await go(page, 'templates');
    await screenshot(page, 'panitia-setup-templates');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-template"]'),
    ]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(orgA.latest()?.jurors[0]?.pin ?? 'no-pin');
    expect(download.suggestedFilename()).toBe('templat-trenggalek-innovation-fest-2026.json');
    const [archive] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-archive"]'),
    ]);
    const archived = JSON.parse(readFileSync(await archive.path(), 'utf8')) as {
      format: string;
      template: { setup: unknown };
      results: { stages: unknown[] } | null;
    };
    expect(archived.format).toBe('panggung-archive');
    expect(archived.template.setup).toEqual(JSON.parse(text).setup);
    expect(archived.results?.stages).toHaveLength(1);

    b = await startTestServer({ seedDemo: false });
    const { page: pageB } = await newPage(browser, { width: 1920, height: 1080 });
    await pageB.goto(`${b.url}/panitia`);
    await signIn(pageB, b.server.organizerKey);
    await pageB.setInputFiles('[data-testid="template-file"]', {
      name: 'templat.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await pageB.waitForSelector('[data-testid="template-summary"]');
    await pageB.click('[data-testid="apply-template"]');
    const orgB = await connect(b.url, 'organizer', { key: b.server.organizerKey });
    try {
      await orgB.waitFor((s) => s.entries.length === 6, 20_000);
      const setupA = expectOk(await orgA.call('setup:export', {}));
      const setupB = expectOk(await orgB.call('setup:export', {}));
      expect(setupB).toEqual(setupA);
      await go(pageB, 'entries');
      await pageB.waitForSelector('[data-testid="entries-table"] tbody tr');
      await screenshot(pageB, 'panitia-setup-entries-1920');
    } finally {
      orgB.close();
      await pageB.close();
    }
    // The one refusal: the wrong key typed on purpose in the first test.
    expect(watched.errors.filter((e) => !/UNAUTHORIZED|Kode akses atau kunci/.test(e))).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
