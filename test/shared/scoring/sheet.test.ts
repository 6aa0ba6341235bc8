import { describe, expect, it } from 'vitest';
import { levelFor, sheetTotalMicro, validateSheetValues } from '../../../shared/scoring/index.js';
import { crit } from './helpers.js';

const rubric = [crit('a', 5000), crit('b', 3000), crit('c', 2000)];

describe('sheetTotalMicro', () => {
  it('gives 82.00 for 9, 7, 8 (max 10) weighted 50/30/20', () => {
    expect(sheetTotalMicro(rubric, { a: 900, b: 700, c: 800 })).toBe(82_000_000);
  });
  it('is null for a draft with an unscored criterion (not zero)', () => {
    expect(sheetTotalMicro(rubric, { a: 900, b: null, c: 800 })).toBeNull();
    expect(sheetTotalMicro(rubric, { a: 900, c: 800 })).toBeNull();
    expect(sheetTotalMicro(rubric, { a: 0, b: 0, c: 0 })).toBe(0);
  });
  it('rounds once, half away from zero, on the exact value', () => {
    // 1/3 weight each on a 1-7 scale: 5/7*100 = 71.428571428... -> 71_428_571
    const thirds = [
      crit('x', 3334, 700, 100, 100),
      crit('y', 3333, 700, 100, 100),
      crit('z', 3333, 700, 100, 100),
    ];
    expect(sheetTotalMicro(thirds, { x: 500, y: 500, z: 500 })).toBe(71_428_571);
    // 0.5 micro exactly rounds up: weight 1 bp, score 0.01 of max 200 -> 1*1*1e4/20000 = 0.5 micro
    const half = [crit('h', 1, 20000, 0, 1), crit('r', 9999, 20000, 0, 1)];
    expect(sheetTotalMicro(half, { h: 1, r: 0 })).toBe(1);
    expect(sheetTotalMicro(half, { h: 3, r: 0 })).toBe(2); // 1.5 -> 2
    // mixed scales: 4 of 5 at 60% + 70 of 100 at 40% = 48 + 28 = 76
    expect(
      sheetTotalMicro([crit('p', 6000, 500), crit('q', 4000, 10000)], { p: 400, q: 7000 }),
    ).toBe(76_000_000);
  });
});

describe('validateSheetValues', () => {
  it('accepts a complete sheet on the scale and step', () => {
    expect(validateSheetValues(rubric, { a: 900, b: 750, c: 0 }, 'submitted')).toEqual([]);
  });
  it('reports unknown criteria, out of range and off step', () => {
    const issues = validateSheetValues(rubric, { a: 1050, b: 725, c: -50, zz: 100 }, 'draft');
    expect(issues.map((i) => [i.code, i.criterionId])).toEqual([
      ['UNKNOWN_CRITERION', 'zz'],
      ['SCORE_OUT_OF_RANGE', 'a'],
      ['SCORE_OFF_STEP', 'b'],
      ['SCORE_OUT_OF_RANGE', 'c'],
    ]);
    expect(issues.every((i) => i.detail.length > 0)).toBe(true);
  });
  it('measures the step from the scale minimum', () => {
    const c = [crit('k', 10000, 1000, 100, 300)]; // 1, 4, 7, 10
    expect(validateSheetValues(c, { k: 700 }, 'submitted')).toEqual([]);
    expect(validateSheetValues(c, { k: 600 }, 'submitted').map((i) => i.code)).toEqual([
      'SCORE_OFF_STEP',
    ]);
    expect(validateSheetValues(c, { k: 7.5 }, 'draft').map((i) => i.code)).toEqual([
      'SCORE_OFF_STEP',
    ]);
  });
  it('requires every criterion only when submitting', () => {
    expect(validateSheetValues(rubric, { a: 900, b: null }, 'draft')).toEqual([]);
    const issues = validateSheetValues(rubric, { a: 900, b: null }, 'submitted');
    expect(issues.map((i) => [i.code, i.criterionId])).toEqual([
      ['INCOMPLETE_SHEET', 'b'],
      ['INCOMPLETE_SHEET', 'c'],
    ]);
  });
});

describe('levelFor', () => {
  const c = {
    ...crit('k', 10000),
    levels: [
      { fromX100: 0, toX100: 400, label: 'kurang' },
      { fromX100: 450, toX100: 700, label: 'cukup' },
      { fromX100: 750, toX100: 1000, label: 'baik' },
    ],
  };
  it('finds the inclusive band', () => {
    expect(levelFor(c, 400)?.label).toBe('kurang');
    expect(levelFor(c, 450)?.label).toBe('cukup');
    expect(levelFor(c, 1000)?.label).toBe('baik');
    expect(levelFor(c, 425)).toBeNull();
    expect(levelFor(c, null)).toBeNull();
  });
});
