import { describe, expect, it } from 'vitest';
import { divRound, formatMicro, formatX100, parseX100 } from '../../shared/fixed.js';

describe('fixed-point helpers', () => {
  it('parses decimal text with comma or dot into hundredths', () => {
    expect(parseX100('7,5')).toBe(750);
    expect(parseX100('7.25')).toBe(725);
    expect(parseX100('10')).toBe(1000);
    expect(parseX100('  ')).toBeNull();
    expect(parseX100('7.255')).toBeUndefined();
    expect(parseX100('abc')).toBeUndefined();
    expect(parseX100('-1.5')).toBe(-150);
  });
  it('formats hundredths without trailing zeros', () => {
    expect(formatX100(750)).toBe('7.5');
    expect(formatX100(800)).toBe('8');
    expect(formatX100(705)).toBe('7.05');
  });
  it('formats micro-points with rounding half away from zero', () => {
    expect(formatMicro(82_000_000)).toBe('82.00');
    expect(formatMicro(82_004_999)).toBe('82.00');
    expect(formatMicro(82_005_000)).toBe('82.01');
    expect(formatMicro(-1_005_000)).toBe('-1.01');
  });
  it('divides bigints rounding half away from zero', () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(4n, 3n)).toBe(1n);
  });
});
