import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetTotalMicro, validateSheetValues } from '../../../shared/scoring/index.js';
import { toWeights } from './arbitraries.js';
import { crit } from './helpers.js';

/** Independent reference: a rational with the product of the maxima as denominator. */
function referenceMicro(weights: number[], maxes: number[], values: number[]): bigint {
  const den = maxes.reduce((p, m) => p * BigInt(m), 1n);
  let num = 0n;
  weights.forEach((w, i) => {
    // w/10000 * v/max * 100 points * 1e6 micro = w * v * 10^4 / max
    num += BigInt(w) * BigInt(values[i] ?? 0) * 10_000n * (den / BigInt(maxes[i] ?? 1));
  });
  return (2n * num + den) / (2n * den); // half up (values are non-negative)
}

const rubricArb = fc
  .array(
    fc.record({
      part: fc.integer({ min: 0, max: 50 }),
      max: fc.integer({ min: 1, max: 100_000 }),
      frac: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .filter((xs) => xs.some((x) => x.part > 0));

describe('sheet total properties', () => {
  it('lies within 0..100 points and equals the exact rational rounded once', () => {
    fc.assert(
      fc.property(rubricArb, (xs) => {
        const weights = toWeights(xs.map((x) => x.part));
        const criteria = xs.map((x, i) => crit(`c${i}`, weights[i] ?? 0, x.max, 0, 1));
        const values = xs.map((x) => Math.round(x.frac * x.max));
        const total = sheetTotalMicro(
          criteria,
          Object.fromEntries(criteria.map((c, i) => [c.id, values[i] ?? 0])),
        );
        expect(total).not.toBeNull();
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100_000_000);
        expect(BigInt(total ?? -1)).toBe(
          referenceMicro(
            weights,
            xs.map((x) => x.max),
            values,
          ),
        );
        expect(
          validateSheetValues(
            criteria,
            Object.fromEntries(criteria.map((c, i) => [c.id, values[i] ?? 0])),
            'submitted',
          ),
        ).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('gives 100 points for a full-marks sheet and 0 for all-zero, whatever the rubric', () => {
    fc.assert(
      fc.property(rubricArb, (xs) => {
        const weights = toWeights(xs.map((x) => x.part));
        const criteria = xs.map((x, i) => crit(`c${i}`, weights[i] ?? 0, x.max, 0, 1));
        expect(
          sheetTotalMicro(criteria, Object.fromEntries(criteria.map((c) => [c.id, c.maxX100]))),
        ).toBe(100_000_000);
        expect(sheetTotalMicro(criteria, Object.fromEntries(criteria.map((c) => [c.id, 0])))).toBe(
          0,
        );
      }),
    );
  });
});
