// The desk's CSV writer and score rounding for the workbook: quoting, BOM, CRLF, and
// micro-points to two decimals half away from zero (as the page shows them).
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../renderer/panitia/paperwork/csv.js';
import { points } from '../../renderer/panitia/paperwork/workbook.js';

describe('toCsv', () => {
  it('quotes what needs quoting and leaves numbers bare', () => {
    const csv = toCsv([
      ['a', 'b,c', 'say "hi"', 'x;y', 1.5, null],
      [' lead', 'line\nbreak', 0, undefined, -2, ''],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe(
      'a,"b,c","say ""hi""","x;y",1.5,\r\n" lead","line\nbreak",0,,-2,\r\n',
    );
  });
});

describe('points', () => {
  it('rounds micro-points to hundredths half away from zero', () => {
    expect(points(82_004_999)).toBe(82);
    expect(points(82_005_000)).toBe(82.01);
    expect(points(-1_005_000)).toBe(-1.01);
    expect(points(null)).toBeNull();
    expect(points(undefined)).toBeNull();
  });
});
