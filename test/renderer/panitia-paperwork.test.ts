// The desk's CSV writer and score rounding for the workbook: quoting, BOM, CRLF, and
// micro-points to two decimals half away from zero (as the page shows them).
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from '../../renderer/panitia/paperwork/csv.js';
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

describe('formula neutralisation', () => {
  it('opens every text cell that a spreadsheet would run as a formula as text', () => {
    // An entry title from an imported spreadsheet, an event name a screen sent, a name.
    const hostile = ['=HYPERLINK("http://x","klik")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'];
    const csv = toCsv([hostile, ['Inovasi =biasa', 'a-b', -2, 3.5]]);
    const [first, second] = csv.slice(1).split('\r\n');
    expect(first).toBe(`"'=HYPERLINK(""http://x"",""klik"")",'+1+1,'-2+3,'@SUM(A1),'\tx,"'\rx"`);
    // Numbers stay numbers (a negative score is no formula); text is left alone otherwise.
    expect(second).toBe('Inovasi =biasa,a-b,-2,3.5');
    for (const cell of hostile) expect(neutralizeFormula(cell).startsWith("'")).toBe(true);
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
