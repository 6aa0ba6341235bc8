// The spreadsheet columns of an entry's details: guessed from Indonesian or English headers,
// a year read as a number, a bad year reported with its spreadsheet row number.
import { describe, expect, it } from 'vitest';
import { csvSheet } from '../../renderer/panitia/import/read-sheet.js';
import { guessMapping, prepare } from '../../renderer/panitia/import/mapping.js';

const ctx = {
  categories: [{ id: 'opd', name: 'OPD', order: 1 }],
  panels: [{ id: 'panel-a', name: 'Panel A', order: 1 }],
  entries: [],
};

describe('entry details columns', () => {
  it('maps Ringkasan, Masalah, Tahun Mulai, Narahubung and Tautan (and English headers)', () => {
    const id = guessMapping('entries', [
      'Kode',
      'Judul',
      'Instansi',
      'Kategori',
      'Panel',
      'Ringkasan',
      'Masalah yang Diselesaikan',
      'Tahun Mulai',
      'Narahubung',
      'Tautan',
    ]);
    expect(id).toMatchObject({ summary: 5, problem: 6, yearStarted: 7, contact: 8, link: 9 });
    const en = guessMapping('entries', [
      'Code',
      'Title',
      'Institution',
      'Category',
      'Panel',
      'Summary',
      'Problem solved',
      'Year started',
      'Contact person',
      'Link',
    ]);
    expect(en).toMatchObject({ summary: 5, problem: 6, yearStarted: 7, contact: 8, link: 9 });
    expect(guessMapping('entries', ['Kode', 'Judul'])).toMatchObject({
      summary: -1,
      yearStarted: -1,
    });
  });

  it('reads the details of each row; a year that is not a year is an error on its row', () => {
    const sheet = csvSheet(
      'peserta.csv',
      [
        'Kode;Judul;Instansi;Kategori;Panel;Ringkasan;Tahun mulai;Narahubung;Tautan',
        'OPD-01;Satu;Dinkes;OPD;Panel A;Antre lewat WA;2021;Sri (0812);laporan.pdf',
        'OPD-02;Dua;Dinsos;OPD;Panel A;;;;',
        'OPD-03;Tiga;Bappeda;OPD;Panel A;Data desa;dua ribu;;',
      ].join('\n'),
    );
    const out = prepare(
      'entries',
      sheet,
      guessMapping('entries', sheet.header),
      { mode: 'append', createMissing: false },
      ctx,
    );
    expect(out.entries[0]).toMatchObject({
      summary: 'Antre lewat WA',
      yearStarted: 2021,
      contact: 'Sri (0812)',
      link: 'laporan.pdf',
      problem: '',
    });
    expect(out.entries[1]).toMatchObject({ summary: '', yearStarted: null });
    expect(out.errors.map((e) => [e.row, e.field])).toEqual([[4, 'yearStarted']]);
  });
});
