// The scoring-method registry: every method's window is a valid guard for every sheet
// count, its labels exist in both languages, the contract accepts exactly its names; and
// the median (added as one registry entry) checked against an independent computation in
// exact fractions, plus the properties a median must have.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stageRulesSchema } from '../../../shared/contract/setup-parts.js';
import {
  aggregationMethods,
  aggregationNames,
  computeStandings,
  isAggregation,
} from '../../../shared/scoring/index.js';
import type { RankedRow } from '../../../shared/scoring/types.js';
import { build, criteriaOf, specArb, type Spec } from './arbitraries.js';

describe('the method registry', () => {
  it('gives every method a non-empty window inside the sheets, for any sheet count', () => {
    for (const name of aggregationNames) {
      const m = aggregationMethods[name];
      expect(m.name).toBe(name);
      for (let n = 1; n <= 60; n++) {
        const [from, to] = m.window(n);
        expect(Number.isInteger(from) && Number.isInteger(to), `${name} ${n}`).toBe(true);
        expect(from, `${name} ${n}`).toBeGreaterThanOrEqual(0);
        expect(to, `${name} ${n}`).toBeLessThanOrEqual(n);
        expect(to - from, `${name} ${n}`).toBeGreaterThan(0);
        // Central: as many totals dropped below as above, so a method never leans one way.
        expect(from, `${name} ${n}`).toBe(n - to);
      }
    }
  });

  it('labels every method in Bahasa Indonesia and English, each label distinct', () => {
    for (const field of ['label', 'phrase', 'hint'] as const)
      for (const lang of ['id', 'en'] as const) {
        const texts = aggregationNames.map((n) => aggregationMethods[n][field][lang]);
        for (const text of texts) expect(text.trim().length).toBeGreaterThan(0);
        expect(new Set(texts).size).toBe(texts.length);
      }
  });

  it('is the list the contract accepts: every name and nothing else', () => {
    for (const name of aggregationNames)
      expect(stageRulesSchema.parse({ aggregation: name }).aggregation).toBe(name);
    for (const other of ['modus', 'MEAN', '', 'toString', '__proto__']) {
      expect(stageRulesSchema.safeParse({ aggregation: other }).success, other).toBe(false);
      expect(isAggregation(other), other).toBe(false);
    }
    expect(aggregationNames).toContain('median');
  });
});

/** A sheet total as an exact fraction of micro-points, computed without the engine. */
type Fraction = { p: bigint; q: bigint };

function totalOf(spec: Spec, steps: readonly number[]): Fraction {
  // total = sum(w/10000 * v/max * 100 points) = sum(w * v * 10^4 / max) micro-points,
  // over the product of the maxima (the engine uses their lcm).
  const criteria = criteriaOf(spec);
  const q = criteria.reduce((acc, c) => acc * BigInt(c.maxX100), 1n);
  let p = 0n;
  criteria.forEach((c, i) => {
    const v = BigInt((steps[i] ?? 0) * 50);
    p += (BigInt(c.weightBp) * v * 10_000n * q) / BigInt(c.maxX100);
  });
  return { p, q };
}

const cmp = (a: Fraction, b: Fraction) => {
  const l = a.p * b.q;
  const r = b.p * a.q;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** Round half away from zero (totals here are never negative). */
const roundMicro = (f: Fraction) => Number((2n * f.p + f.q) / (2n * f.q));

function medianOf(totals: Fraction[]): number {
  const s = [...totals].sort(cmp);
  const n = s.length;
  if (n % 2 === 1) return roundMicro(s[(n - 1) / 2]!);
  const a = s[n / 2 - 1]!;
  const b = s[n / 2]!;
  return roundMicro({ p: a.p * b.q + b.p * a.q, q: 2n * a.q * b.q });
}

const rowsOf = (spec: Spec) => computeStandings(build(spec)).overall;
const fullSpec = specArb({ aggregation: 'median', drafts: false, full: true });

describe('median', () => {
  it('equals an independent exact median of the juror totals, rounded once', () => {
    fc.assert(
      fc.property(fullSpec, (spec) => {
        for (const row of rowsOf(spec)) {
          const e = Number(row.entryId.slice(1));
          const totals = Array.from({ length: spec.nJurors }, (_, j) =>
            totalOf(spec, spec.cells[e * spec.nJurors + j]!.steps),
          );
          expect(row.sheetCount).toBe(spec.nJurors);
          expect(row.rawMicro).toBe(medianOf(totals));
          expect(row.scoreMicro).toBe(row.rawMicro);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is one juror’s own total for an odd count, and lies between the lowest and highest', () => {
    fc.assert(
      fc.property(fullSpec, (spec) => {
        for (const row of rowsOf(spec)) {
          const totals = row.jurorTotals.map((t) => t.totalMicro);
          expect(row.rawMicro!).toBeGreaterThanOrEqual(Math.min(...totals));
          expect(row.rawMicro!).toBeLessThanOrEqual(Math.max(...totals));
          if (totals.length % 2 === 1) expect(totals).toContain(row.rawMicro);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not move when one juror out of three or more scores wildly high or low', () => {
    const withOutlier = fullSpec
      .filter((s) => s.nJurors >= 3)
      .chain((spec) =>
        fc.record({
          spec: fc.constant(spec),
          extreme: fc.constantFrom(0, 20),
        }),
      );
    fc.assert(
      fc.property(withOutlier, ({ spec, extreme }) => {
        const before = rowsOf(spec);
        const score = (r: RankedRow) => r.rawMicro;
        // For every entry, push the juror already at that end further out.
        const cells = spec.cells.map((c) => c!);
        for (let e = 0; e < spec.nEntries; e++) {
          const row = before.find((r) => r.entryId === `e${e}`)!;
          const ordered = row.jurorTotals.map((t, k) => ({
            t: t.totalMicro,
            j: Number(t.jurorId.slice(1)),
            k,
          }));
          ordered.sort((a, b) => a.t - b.t || a.k - b.k);
          const end = extreme === 20 ? ordered[ordered.length - 1]! : ordered[0]!;
          const cell = cells[e * spec.nJurors + end.j]!;
          cells[e * spec.nJurors + end.j] = { ...cell, steps: cell.steps.map(() => extreme) };
        }
        const after = rowsOf({ ...spec, cells });
        for (const r of before)
          expect(score(after.find((a) => a.entryId === r.entryId)!), r.entryId).toBe(score(r));
      }),
      { numRuns: 200 },
    );
  });
});
