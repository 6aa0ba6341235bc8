// The one number formatter: Indonesian writes a decimal comma, English a dot; CSV dialects.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseX100 } from '../../shared/fixed.js';
import {
  csvDialectFor,
  csvNumber,
  formatHundredths,
  formatPlain,
  formatPoints,
  localizeDecimal,
} from '../../shared/number-format.js';

describe('number format', () => {
  it('writes totals with a decimal comma in Bahasa Indonesia and a dot in English', () => {
    expect(formatPoints(82_424_999, 'id')).toBe('82,42');
    expect(formatPoints(82_425_000, 'id')).toBe('82,43');
    expect(formatPoints(82_425_000, 'en')).toBe('82.43');
    expect(formatPoints(20_000_000, 'id')).toBe('20,00');
    expect(formatPoints(-1_500_000, 'id')).toBe('-1,50');
    expect(formatPoints(82_424_999, 'id', 0)).toBe('82');
  });

  it('writes criterion scores and weights without trailing zeros', () => {
    expect(formatHundredths(950, 'id')).toBe('9,5');
    expect(formatHundredths(950, 'en')).toBe('9.5');
    expect(formatHundredths(3000, 'id')).toBe('30');
    expect(formatHundredths(1_234_550, 'id')).toBe('12.345,5');
    expect(formatHundredths(1_234_550, 'en')).toBe('12,345.5');
    expect(formatHundredths(1_234_550, 'id', true)).toBe('12345,5');
  });

  it('round-trips every editable hundredths value through the score parser', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.boolean(), (v, id) => {
        expect(parseX100(formatHundredths(v, id ? 'id' : 'en', true))).toBe(v);
      }),
    );
  });

  it('groups thousands from 1,000: a dot in Bahasa Indonesia, a comma in English', () => {
    expect(formatPlain(10, 'id', 0)).toBe('10');
    expect(formatPlain(100, 'en', 1)).toBe('100');
    expect(formatPlain(2.5, 'id', 2)).toBe('2,5');
    expect(formatPlain(999, 'id', 0)).toBe('999');
    expect(formatPlain(1000, 'id', 0)).toBe('1.000');
    expect(formatPlain(1000, 'en', 0)).toBe('1,000');
    expect(formatPlain(1001, 'id', 0)).toBe('1.001');
    expect(formatPlain(1_234_567, 'id', 0)).toBe('1.234.567');
    expect(formatPlain(1234.5, 'id', 1)).toBe('1.234,5');
    expect(formatHundredths(100_000, 'id')).toBe('1.000');
  });

  it('formats plain numbers and leaves non-numbers alone', () => {
    expect(formatPlain(1.25, 'id', 1)).toBe('1,3');
    expect(formatPlain(2, 'id', 1)).toBe('2');
    expect(formatPlain(Number.NaN, 'id')).toBe('—');
    expect(localizeDecimal('abc', 'id')).toBe('abc');
  });

  it("uses ';' and a decimal comma for Indonesian CSV, ',' and a dot otherwise", () => {
    const id = csvDialectFor('id');
    expect(id).toEqual({ separator: ';', decimal: ',' });
    expect(csvNumber(82.42, id)).toBe('82,42');
    expect(csvNumber(1234.5, id)).toBe('1234,5');
    expect(csvNumber(82.42, csvDialectFor('en'))).toBe('82.42');
  });
});
