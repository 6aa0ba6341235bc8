// The organizer desk's spreadsheet reading and mapping, without a browser: CSV as Excel
// writes it (";" in an Indonesian locale, quotes, CRLF, BOM), header guessing, and row
// errors carrying the spreadsheet's own row numbers.
import { describe, expect, it } from 'vitest';
import {
  csvSheet,
  detectDelimiter,
  detectHeaderRow,
  parseCsv,
  withHeaderAt,
} from '../../renderer/panitia/import/read-sheet.js';
import { detectTable, guessMapping, prepare } from '../../renderer/panitia/import/mapping.js';

const ctx = {
  categories: [{ id: 'opd', name: 'Perangkat Daerah (OPD)', order: 1 }],
  panels: [{ id: 'panel-a', name: 'Panel A', order: 1 }],
  entries: [],
};

describe('CSV', () => {
  it('detects the separator Excel used', () => {
    expect(detectDelimiter('Kode;Judul;Instansi')).toBe(';');
    expect(detectDelimiter('Kode,Judul,Instansi')).toBe(',');
    expect(detectDelimiter('Kode\tJudul')).toBe('\t');
  });

  it('reads quotes, doubled quotes, separators and newlines inside quotes, CRLF and a BOM', () => {
    const text =
      '\uFEFFKode;Judul;Instansi\r\nOPD-01;"Layanan ""Cepat""; tanpa antre";"Dinas\r\nKesehatan"\r\nOPD-02;Dua;Tiga\r\n';
    expect(parseCsv(text)).toEqual([
      ['Kode', 'Judul', 'Instansi'],
      ['OPD-01', 'Layanan "Cepat"; tanpa antre', 'Dinas\r\nKesehatan'],
      ['OPD-02', 'Dua', 'Tiga'],
    ]);
  });
});

describe('mapping and row checks', () => {
  it('guesses columns from Indonesian or English headers', () => {
    const m = guessMapping('entries', [
      'No. Urut',
      'Kode',
      'Nama Inovasi',
      'OPD',
      'Klaster',
      'Ruang',
      'Penyaji',
    ]);
    expect(m).toEqual({
      order: 0,
      code: 1,
      title: 2,
      institution: 3,
      category: 4,
      panel: 5,
      presenter: 6,
      // The optional details columns (entry-details-mapping.test.ts) are not in this file.
      summary: -1,
      problem: -1,
      yearStarted: -1,
      contact: -1,
      link: -1,
    });
    expect(guessMapping('jurors', ['Name', 'Panel', 'Chair', 'Conflicts'])).toEqual({
      name: 0,
      panel: 1,
      isChair: 2,
      conflicts: 3,
    });
  });

  it('reports every bad row with its spreadsheet row number and the field', () => {
    const sheet = csvSheet(
      'peserta.csv',
      [
        'Kode;Judul;Instansi;Kategori;Panel;No urut',
        'OPD-01;Satu;Dinkes;OPD;Panel A;1',
        ';Dua;Dinsos;OPD;Panel A;2',
        '',
        'OPD-01;Tiga;Bappeda;Pariwisata;Panel Z;x',
      ].join('\n'),
    );
    const mapping = guessMapping('entries', sheet.header);
    const out = prepare('entries', sheet, mapping, { mode: 'append', createMissing: false }, ctx);
    expect(out.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [3, 'code', 'issue'],
      [5, 'order', 'issue'],
    ]);
    const fixed = csvSheet(
      'peserta.csv',
      'Kode;Judul;Instansi;Kategori;Panel\nOPD-01;Satu;Dinkes;opd;panel a\nOPD-01;Dua;X;Pariwisata;Panel Z',
    );
    const second = prepare(
      'entries',
      fixed,
      guessMapping('entries', fixed.header),
      { mode: 'append', createMissing: false },
      ctx,
    );
    expect(second.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [3, 'code', 'duplicateCode'],
      [3, 'category', 'unknownCategory'],
      [3, 'panel', 'unknownPanel'],
    ]);
    expect(second.entries[0]).toMatchObject({ row: 2, category: 'opd', panel: 'panel a' });
  });

  it('reads chairs and conflicts for jurors, and a missing required column', () => {
    const sheet = csvSheet(
      'juri.csv',
      'Nama,Panel,Ketua,Konflik\nDr. A,Panel A,Ya,"Dinas X; OPD-01"\nB,Panel A,,',
    );
    const out = prepare(
      'jurors',
      sheet,
      guessMapping('jurors', sheet.header),
      { mode: 'append', createMissing: false },
      ctx,
    );
    expect(out.errors).toEqual([]);
    expect(out.jurors).toEqual([
      { row: 2, name: 'Dr. A', panel: 'Panel A', isChair: true, conflicts: ['Dinas X', 'OPD-01'] },
      { row: 3, name: 'B', panel: 'Panel A', isChair: false, conflicts: [] },
    ]);
    const noPanel = prepare(
      'jurors',
      sheet,
      { name: 0, panel: -1, isChair: -1, conflicts: -1 },
      { mode: 'append', createMissing: false },
      ctx,
    );
    expect(noPanel.errors).toEqual([
      { sheet: 'jurors', row: 1, field: 'panel', key: 'columnMissing', params: { header: 1 } },
    ]);
  });
});

describe('header row detection', () => {
  const row = (n: number, cells: string[]) => ({ row: n, cells });

  it('skips a merged title, a subtitle and blank rows above the table', () => {
    // As read from a government XLSX: the merged title only in its first cell.
    const sheet = withHeaderAt({ name: 'x', all: [] }, 0);
    expect(sheet.rows).toEqual([]);
    const all = [
      row(1, ['DAFTAR INOVASI PESERTA FESTIVAL INOVASI DAERAH 2026', '', '', '', '']),
      row(2, ['KABUPATEN TRENGGALEK', '', '', '', '']),
      row(4, ['NO', 'KODE', 'NAMA INOVASI', 'PERANGKAT DAERAH', 'KLASTER', 'PANEL']),
      row(5, ['1', 'OPD-01', 'SIGAP', 'BPBD', 'OPD', 'Panel A']),
      row(6, ['2', 'OPD-02', 'Kartu Tani', 'Dinas Pertanian', 'OPD', 'Panel A']),
    ];
    const table = detectTable('entries', { name: 'x', all, headerRow: 0, header: [], rows: [] });
    expect(table.headerRow).toBe(4);
    expect(table.rows.map((r) => r.row)).toEqual([5, 6]);
    expect(guessMapping('entries', table.header)).toMatchObject({
      code: 1,
      title: 2,
      institution: 3,
      category: 4,
      panel: 5,
    });
  });

  it('finds an unfamiliar header by shape, and skips a column-number row under it', () => {
    const all = [
      row(1, ['Rekap lomba']),
      row(3, ['Nomor', 'Nama Karya', 'Asal', 'Golongan']),
      row(4, ['(1)', '(2)', '(3)', '(4)']),
      row(5, ['1', 'A', 'B', 'C']),
    ];
    expect(detectHeaderRow(all, () => false)).toBe(3);
    expect(withHeaderAt({ name: 'x', all }, 3).rows.map((r) => r.row)).toEqual([5]);
  });

  it('detects the header in a CSV with a title line, and the user can move it', () => {
    const sheet = csvSheet(
      'peserta.csv',
      'DAFTAR INOVASI;;;;\r\n;;;;\r\nKode;Judul;Instansi;Kategori;Panel\r\nX-1;Satu;Dinas;OPD;Panel A\r\n',
    );
    expect(sheet.headerRow).toBe(3);
    expect(sheet.header).toEqual(['Kode', 'Judul', 'Instansi', 'Kategori', 'Panel']);
    expect(sheet.rows).toHaveLength(1);
    const moved = withHeaderAt(sheet, 1);
    expect(moved.header[0]).toBe('DAFTAR INOVASI');
    expect(moved.rows.map((r) => r.row)).toEqual([3, 4]);
    const out = prepare(
      'entries',
      moved,
      guessMapping('entries', moved.header),
      { mode: 'append', createMissing: true },
      ctx,
    );
    expect(out.errors[0]).toMatchObject({ row: 1, key: 'columnMissing', params: { header: 1 } });
  });
});

describe('server refusals on a form', () => {
  it('puts a detail next to its field, and one naming no field of the form in the form-level message', async () => {
    const { unplacedToForm } = await import('../../renderer/panitia/use-form.js');
    const out = unplacedToForm(
      {
        '': 'Pengaturan festival tidak valid.',
        code: 'code: X is already used',
        'stages.1': 'weights',
      },
      { code: 'X', title: 'T' },
    );
    expect(out).toEqual({
      '': 'Pengaturan festival tidak valid.\nstages.1: weights',
      code: 'code: X is already used',
    });
  });
});
