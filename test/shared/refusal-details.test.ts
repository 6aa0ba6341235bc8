// Refusal details defined once: the line the server sends reads back, under its field, in
// either language; a line the contract does not list is left alone.
import { describe, expect, it } from 'vitest';
import {
  readRefusalDetail,
  refusalDetail,
  refusalDetails,
} from '../../shared/contract/refusal-details.js';

describe('refusal details', () => {
  it('round-trips every listed detail with awkward values (quotes, colons, dots)', () => {
    const params = {
      code: 'TIF-003',
      title: 'SIGAP: "lapor" cepat (v2.0)',
      order: 12,
      name: 'Sekolah: SD/SMP',
    };
    for (const [key, t] of Object.entries(refusalDetails)) {
      const line = refusalDetail(key as keyof typeof refusalDetails, params);
      expect(line.startsWith(`${t.field}: `)).toBe(true);
      for (const lng of ['id', 'en'] as const) {
        const read = readRefusalDetail(line, lng);
        expect(read?.field).toBe(t.field);
        const expected = t[lng].replace(/\{\{(\w+)\}\}/g, (_, k: string) =>
          String(params[k as keyof typeof params]),
        );
        expect(read?.text).toBe(expected);
      }
    }
  });

  it('keeps the documented English line for a duplicate code, and reads it in Indonesian', () => {
    const line = refusalDetail('codeTaken', { code: 'TIF-003', title: 'Judul' });
    expect(line).toBe('code: TIF-003 is already used by "Judul"');
    expect(readRefusalDetail(line, 'id')).toEqual({
      field: 'code',
      text: 'Kode TIF-003 sudah dipakai oleh "Judul". Pakai kode lain.',
    });
  });

  it('leaves other details alone', () => {
    expect(readRefusalDetail('stages.1: weights must sum to 100', 'id')).toBeNull();
    expect(readRefusalDetail('code: something else', 'en')).toBeNull();
  });
});
