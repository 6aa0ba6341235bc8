// The desk's one entry matcher: every panel, case and accents ignored, codes first.
import { describe, expect, it } from 'vitest';
import type { Entry, Panel } from '../../shared/model.js';
import { searchEntries } from '../../renderer/panitia/entry-search.js';

const panels: Panel[] = [
  { id: 'b', name: 'Panel B', order: 2 },
  { id: 'a', name: 'Panel A', order: 1 },
];
const entry = (code: string, panelId: string, order: number, institution: string): Entry => ({
  id: code,
  code,
  title: `Inovasi ${code}`,
  institution,
  categoryId: 'c',
  panelId,
  order,
  presenter: '',
});
const entries = [
  entry('DES-02', 'b', 2, 'Kecamatan Durenan'),
  entry('KES-01', 'a', 1, 'Puskesmas Durénan'),
  entry('OPD-01', 'b', 1, 'Dinas Kesehatan'),
];

describe('searchEntries', () => {
  it('finds matches in every panel, ignoring case and accents, in panel then running order', () => {
    expect(searchEntries(entries, panels, '  durenan ').map((e) => e.code)).toEqual([
      'KES-01',
      'DES-02',
    ]);
  });
  it('puts a code that starts with the query first', () => {
    expect(searchEntries(entries, panels, 'kes').map((e) => e.code)).toEqual(['KES-01', 'OPD-01']);
  });
  it('an empty query finds nothing', () => {
    expect(searchEntries(entries, panels, '  ')).toEqual([]);
  });
});
