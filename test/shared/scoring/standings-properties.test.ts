import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SheetVersion } from '../../../shared/model.js';
import { computeStandings } from '../../../shared/scoring/index.js';
import type { RankedRow, StageInput, Standings } from '../../../shared/scoring/types.js';
import { build, specArb } from './arbitraries.js';

/** What must not depend on juror names or order: everything but the juror ids themselves. */
function project(rows: RankedRow[]) {
  return rows.map((r) => ({
    entryId: r.entryId,
    rank: r.rank,
    tied: r.tied,
    decidedBy: r.decidedBy,
    rawMicro: r.rawMicro,
    adjustedMicro: r.adjustedMicro,
    scoreMicro: r.scoreMicro,
    criterionMicro: r.criterionMicro,
    spreadMicro: r.spreadMicro,
    disagreement: r.disagreement,
    sheetCount: r.sheetCount,
    expectedCount: r.expectedCount,
    totals: r.jurorTotals
      .map((t) => `${t.totalMicro}/${t.adjustedMicro}/${t.zscoreApplied}`)
      .sort(),
  }));
}

function projectAll(s: Standings) {
  return {
    overall: project(s.overall),
    byCategory: Object.fromEntries(Object.entries(s.byCategory).map(([k, v]) => [k, project(v)])),
  };
}

/** A permutation from random sort keys. */
const permute = <T>(xs: readonly T[], keys: readonly number[]) =>
  xs
    .map((x, i) => ({ x, k: keys[i] ?? 0, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((p) => p.x);

describe('standings properties: juror invariance and z-score', () => {
  it('relabelling and reordering jurors (and sheets) never changes the standings', () => {
    fc.assert(
      fc.property(
        specArb({ panels: 2 }),
        fc.array(fc.double({ noNaN: true }), { minLength: 60, maxLength: 60 }),
        (spec, keys) => {
          const base = build(spec);
          const rename = new Map(
            base.jurors.map((j, i) => [
              j.id,
              `juri-${(keys[i] ?? 0).toString(36).replace(/[^a-z0-9]/g, '')}-${i}`,
            ]),
          );
          const renamed: StageInput = {
            ...base,
            jurors: permute(
              base.jurors.map((j) => ({ ...j, id: rename.get(j.id) ?? j.id })),
              keys,
            ),
            sheets: permute(
              base.sheets.map((s): SheetVersion => ({
                ...s,
                jurorId: rename.get(s.jurorId) ?? s.jurorId,
              })),
              keys.slice(7),
            ),
          };
          const a = computeStandings(base);
          const b = computeStandings(renamed);
          expect(projectAll(b)).toEqual(projectAll(a));
          const flagged = (s: Standings, map: (id: string) => string) =>
            s.flaggedJurors.map((f) => `${map(f.jurorId)}:${f.reason}:${f.sheetCount}`).sort();
          expect(flagged(b, (id) => id)).toEqual(flagged(a, (id) => rename.get(id) ?? id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('z-score: shifting every total of one juror by a constant keeps the order (beyond rounding)', () => {
    // Two panels: a juror scores every entry of their panel (a juror's sheets elsewhere are ignored),
    // so a lenient juror lifts only their panel's entries; the z-score must undo that. Values
    // 2..8 so a shift of up to 2 points stays on the scale.
    const arb = specArb({
      aggregation: 'zscore',
      full: true,
      maxStep: 12,
      minEntries: 4,
      panels: 2,
    }).chain((spec) =>
      fc.record({
        spec: fc.constant(spec),
        juror: fc.nat(spec.nJurors - 1),
        shift: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 3, maxLength: 3 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ spec, juror, shift }) => {
        const panelSize = (j: number) =>
          spec.panels.slice(0, spec.nEntries).filter((p) => p === spec.panels[spec.nEntries + j])
            .length;
        const minSheets = Math.min(...Array.from({ length: spec.nJurors }, (_, j) => panelSize(j)));
        fc.pre(minSheets >= 2);
        const s = {
          ...spec,
          minSheets,
          cells: spec.cells.map((c) => c && { ...c, steps: c.steps.map((x) => x + 4) }),
        };
        const before = build(s);
        const shifted = build({
          ...s,
          cells: s.cells.map((c, k) =>
            c && k % s.nJurors === juror
              ? { ...c, steps: c.steps.map((x, i) => x + (shift[i] ?? 0)) }
              : c,
          ),
        });
        const a = computeStandings(before);
        const b = computeStandings(shifted);
        // A juror with no spread keeps raw totals by rule: the property is about standardized jurors.
        fc.pre(a.flaggedJurors.length === 0);
        expect(b.flaggedJurors).toEqual([]);
        const score = (st: Standings) =>
          new Map(
            st.overall.map((r) => [r.entryId, { s: r.scoreMicro ?? NaN, rank: r.rank ?? NaN }]),
          );
        const sa = score(a);
        const sb = score(b);
        for (const [x, ax] of sa) {
          for (const [y, ay] of sa) {
            const bx = sb.get(x);
            const by = sb.get(y);
            if (!bx || !by) throw new Error('entry lost');
            const d1 = ax.s - ay.s;
            const d2 = bx.s - by.s;
            // Each adjusted total is rounded (+-0.5) and so is their mean: gaps of 3 micro or less may flip.
            if (Math.abs(d1) > 3 && Math.abs(d2) > 3) {
              expect(Math.sign(d2)).toBe(Math.sign(d1));
              expect(Math.sign(ay.rank - ax.rank)).toBe(Math.sign(d1));
              expect(Math.sign(by.rank - bx.rank)).toBe(Math.sign(d1));
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('z-score: adjusted totals match a float reference of the rule within a micro-point', () => {
    fc.assert(
      fc.property(specArb({ aggregation: 'zscore', panels: 2 }), (spec) => {
        const st = computeStandings(build(spec));
        const all = st.overall.flatMap((r) => r.jurorTotals);
        const stats = (xs: number[]) => {
          const m = xs.reduce((a, x) => a + x, 0) / xs.length;
          return {
            m,
            sd: Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length),
            n: xs.length,
          };
        };
        const pool = stats(all.map((t) => t.totalMicro));
        for (const t of all) {
          const j = stats(all.filter((x) => x.jurorId === t.jurorId).map((x) => x.totalMicro));
          const standardized = j.n >= spec.minSheets && j.sd > 0;
          expect(t.zscoreApplied).toBe(standardized);
          const want = standardized
            ? pool.m + ((t.totalMicro - j.m) / j.sd) * pool.sd
            : t.totalMicro;
          expect(Math.abs((t.adjustedMicro ?? NaN) - want)).toBeLessThanOrEqual(1);
        }
        const flagged = new Set(st.flaggedJurors.map((f) => f.jurorId));
        expect(all.every((t) => t.zscoreApplied !== flagged.has(t.jurorId))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
