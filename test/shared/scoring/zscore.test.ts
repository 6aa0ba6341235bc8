import { describe, expect, it } from 'vitest';
import { computeStandings, rankResults } from '../../../shared/scoring/index.js';
import type { EntryResult } from '../../../shared/scoring/types.js';
import { crit, entry, input, juror, sheet, stage } from './helpers.js';

const one = [crit('k', 10000)];
const pts = (x: number) => ({ k: Math.round(x * 100) });
const entries = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => entry(id, i + 1));

/** Plain float reference of the rule, for comparison within rounding. */
function reference(totals: Array<{ juror: string; entry: string; t: number }>, min: number) {
  const stats = (xs: number[]) => {
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    return { m, sd: Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length), n: xs.length };
  };
  const pool = stats(totals.map((x) => x.t));
  return totals.map((x) => {
    const j = stats(totals.filter((y) => y.juror === x.juror).map((y) => y.t));
    const adj = j.n < min || j.sd === 0 ? x.t : pool.m + ((x.t - j.m) / j.sd) * pool.sd;
    return { ...x, adj };
  });
}

describe('computeStandings: z-score', () => {
  const base = [5, 6, 7, 8, 9, 5.5];
  const jurors = [juror('j1'), juror('j2'), juror('j3')];
  const sheets = [
    ...entries.map((e, i) => sheet('j1', e.id, pts(base[i] ?? 0))),
    // j2 is the same juror, 1.5 points more lenient: after standardizing, identical to j1
    ...entries.map((e, i) => sheet('j2', e.id, pts((base[i] ?? 0) + 1.5))),
    // j3 scored only 3 entries: too few for a z-score
    sheet('j3', 'a', pts(9)),
    sheet('j3', 'b', pts(2)),
    sheet('j3', 'c', pts(6)),
  ];
  const s = computeStandings(input(stage(one, { aggregation: 'zscore' }), entries, jurors, sheets));

  it('flags a juror with fewer than zscoreMinSheets sheets and keeps their raw totals', () => {
    expect(s.aggregation).toBe('zscore');
    expect(s.flaggedJurors).toEqual([{ jurorId: 'j3', sheetCount: 3, reason: 'few-sheets' }]);
    const a = s.overall.find((r) => r.entryId === 'a');
    const j3 = a?.jurorTotals.find((t) => t.jurorId === 'j3');
    expect(j3).toEqual({
      jurorId: 'j3',
      totalMicro: 90_000_000,
      adjustedMicro: 90_000_000,
      zscoreApplied: false,
    });
  });

  it('maps a lenient juror onto the same adjusted totals as a strict one', () => {
    for (const r of s.overall) {
      const [t1, t2] = r.jurorTotals;
      expect(t1?.zscoreApplied && t2?.zscoreApplied).toBe(true);
      expect(t1?.adjustedMicro).toBe(t2?.adjustedMicro);
      expect(t2?.totalMicro).toBe((t1?.totalMicro ?? 0) + 15_000_000);
    }
  });

  it('matches the float reference within a micro-point and reports raw and adjusted', () => {
    const flat = s.overall.flatMap((r) =>
      r.jurorTotals.map((t) => ({
        juror: t.jurorId,
        entry: r.entryId,
        t: t.totalMicro,
        got: t.adjustedMicro,
      })),
    );
    const ref = reference(flat, 5);
    for (const [i, x] of flat.entries())
      expect(Math.abs((x.got ?? NaN) - (ref[i]?.adj ?? NaN))).toBeLessThanOrEqual(1);
    for (const r of s.overall) {
      const adj = r.jurorTotals.map((t) => t.adjustedMicro ?? 0);
      const raw = r.jurorTotals.map((t) => t.totalMicro);
      expect(r.adjustedMicro).toBe(Math.round(adj.reduce((x, y) => x + y, 0) / adj.length));
      expect(r.rawMicro).toBe(Math.round(raw.reduce((x, y) => x + y, 0) / raw.length));
      expect(r.scoreMicro).toBe(r.adjustedMicro);
    }
  });

  it('flags a juror with no spread', () => {
    const flat = entries.map((e) => sheet('j1', e.id, pts(7)));
    const other = entries.map((e, i) => sheet('j2', e.id, pts(base[i] ?? 0)));
    const st = computeStandings(
      input(stage(one, { aggregation: 'zscore' }), entries, jurors, [...flat, ...other]),
    );
    expect(st.flaggedJurors).toEqual([{ jurorId: 'j1', sheetCount: 6, reason: 'no-spread' }]);
  });

  it('computes the adjusted score beside the raw one under mean, ranking by raw', () => {
    const z = computeStandings(
      input(stage(one, { aggregation: 'zscore' }), entries, jurors, sheets),
    );
    const st = computeStandings(input(stage(one), entries, jurors, sheets));
    expect(st.flaggedJurors).toEqual(z.flaggedJurors);
    for (const r of st.overall) {
      const zr = z.overall.find((x) => x.entryId === r.entryId);
      expect(r.adjustedMicro).toBe(zr?.adjustedMicro);
      expect(r.rawMicro).toBe(zr?.rawMicro);
      expect(r.scoreMicro).toBe(r.rawMicro);
      expect(r.jurorTotals).toEqual(zr?.jurorTotals);
    }
  });

  it('uses the minimum from the rules', () => {
    const st = computeStandings(
      input(stage(one, { aggregation: 'zscore', zscoreMinSheets: 3 }), entries, jurors, sheets),
    );
    expect(st.flaggedJurors).toEqual([]);
  });
});

describe('tie-break: other-score', () => {
  const result = (entryId: string, scoreMicro: number, rawMicro: number): EntryResult => ({
    entryId,
    categoryId: 'cat1',
    panelId: 'p1',
    sheetCount: 1,
    expectedCount: 1,
    missingJurorIds: [],
    rawMicro,
    adjustedMicro: scoreMicro,
    scoreMicro,
    criterionMicro: { k: 50_000_000 },
    jurorTotals: [],
    spreadMicro: null,
    disagreement: false,
  });
  const order = (id: string) => id.charCodeAt(0);
  it('compares the raw score when the adjusted scores tie under zscore', () => {
    const rules = {
      aggregation: 'zscore' as const,
      disagreementBandMicro: 1,
      zscoreMinSheets: 5,
      tieBreak: [
        { kind: 'criterion' as const, criterionId: 'k' },
        { kind: 'other-score' as const },
      ],
    };
    const rows = rankResults(
      [
        result('a', 70_000_000, 60_000_000),
        result('b', 70_000_000, 65_000_000),
        result('c', 71_000_000, 1),
      ],
      {
        stageId: 'st1',
        categoryId: null,
        criteria: one,
        rules,
        tieDecisions: [],
        runningOrder: order,
      },
    );
    expect(rows.map((r) => [r.entryId, r.rank, r.tied, r.decidedBy])).toEqual([
      ['c', 1, false, null],
      ['b', 2, false, 'other-score'],
      ['a', 3, false, 'other-score'],
    ]);
  });
});
