// From counted sheets to one entry's result: mean, trimmed mean or z-score, per-criterion
// aggregates, spread. Works on exact integers (BigInt numerators over the rubric
// denominator); the only floats are the z-score's square roots, computed from
// order-independent exact sums and rounded once to micro-points.
// Does not decide which sheets count (standings.ts) nor the order (rank.ts).
import type { Aggregation, Criterion, Id, Juror, SheetValues, StageRules } from '../model.js';
import { divRound } from '../fixed.js';
import { criterionShareMicro } from './sheet.js';
import type { EntryResult, FlaggedJuror, JurorTotal } from './types.js';

/** A submitted, counted sheet with its exact total (numerator over the rubric denominator). */
export type ScoredSheet = {
  sheetId: Id;
  jurorId: Id;
  entryId: Id;
  values: SheetValues;
  numerator: bigint;
  totalMicro: number;
};

/** Mean (or trimmed mean) of exact totals, rounded once; null without sheets. */
export function aggregateRaw(aggregation: Aggregation, numerators: readonly bigint[], denominator: bigint): number | null {
  const n = numerators.length;
  if (n === 0) return null;
  let sum = 0n;
  let hi = numerators[0] ?? 0n;
  let lo = hi;
  for (const x of numerators) {
    sum += x;
    if (x > hi) hi = x;
    if (x < lo) lo = x;
  }
  if (aggregation === 'trimmed' && n >= 4) return Number(divRound(sum - hi - lo, BigInt(n - 2) * denominator));
  return Number(divRound(sum, BigInt(n) * denominator));
}

/** Round half away from zero to an integer (for the z-score's float step only). */
function roundAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

type Moments = { n: number; sum: number; sumSq: bigint };

function addMoment(m: Moments, t: number): void {
  m.n += 1;
  m.sum += t;
  const b = BigInt(t);
  m.sumSq += b * b;
}

/** n^2 * population variance, exact. */
const varianceTimesNSquared = (m: Moments): bigint => BigInt(m.n) * m.sumSq - BigInt(m.sum) * BigInt(m.sum);

export type ZscoreResult = {
  /** Adjusted total per sheet id (raw total for a flagged juror). */
  adjusted: Map<Id, number>;
  /** Jurors whose totals were standardized. */
  applied: Set<Id>;
  flagged: FlaggedJuror[];
};

/**
 * z-score per juror over all their counted sheets in the stage, mapped back onto the pool
 * (every counted total in the stage): adjusted = poolMean + (t - jurorMean) / jurorSd * poolSd,
 * population sd. A juror under `minSheets` sheets, or with no spread, keeps raw totals and
 * is flagged. Flagged jurors are listed in `jurorOrder` order.
 */
export function zscoreAdjust(sheets: readonly ScoredSheet[], minSheets: number, jurorOrder: readonly Id[]): ZscoreResult {
  const pool: Moments = { n: 0, sum: 0, sumSq: 0n };
  const byJuror = new Map<Id, Moments>();
  for (const s of sheets) {
    addMoment(pool, s.totalMicro);
    let m = byJuror.get(s.jurorId);
    if (!m) byJuror.set(s.jurorId, (m = { n: 0, sum: 0, sumSq: 0n }));
    addMoment(m, s.totalMicro);
  }
  const poolMean = pool.n > 0 ? pool.sum / pool.n : 0;
  const poolSd = pool.n > 0 ? Math.sqrt(Number(varianceTimesNSquared(pool))) / pool.n : 0;
  const applied = new Set<Id>();
  const flagged: FlaggedJuror[] = [];
  const rootVar = new Map<Id, number>();
  for (const id of jurorOrder) {
    const m = byJuror.get(id);
    if (!m) continue;
    const v = varianceTimesNSquared(m);
    if (m.n < minSheets) flagged.push({ jurorId: id, sheetCount: m.n, reason: 'few-sheets' });
    else if (v === 0n) flagged.push({ jurorId: id, sheetCount: m.n, reason: 'no-spread' });
    else {
      applied.add(id);
      rootVar.set(id, Math.sqrt(Number(v)));
    }
  }
  const adjusted = new Map<Id, number>();
  for (const s of sheets) {
    const m = byJuror.get(s.jurorId);
    const root = rootVar.get(s.jurorId);
    if (!m || root === undefined) {
      adjusted.set(s.sheetId, s.totalMicro);
      continue;
    }
    // (t - mean) / sd = (n t - sum) / sqrt(n^2 var): exact integers until the one division.
    const z = (m.n * s.totalMicro - m.sum) / root;
    adjusted.set(s.sheetId, roundAway(poolMean + z * poolSd));
  }
  return { adjusted, applied, flagged };
}

export type EntryContext = {
  entryId: Id;
  categoryId: Id;
  panelId: Id;
  expected: readonly Juror[];
  criteria: readonly Criterion[];
  rules: StageRules;
  denominator: bigint;
};

/** One entry's result from its counted sheets (already in juror order). */
export function entryResult(ctx: EntryContext, sheets: readonly ScoredSheet[], z: ZscoreResult | null): EntryResult {
  const submitted = new Set(sheets.map((s) => s.jurorId));
  const rawMicro = aggregateRaw(ctx.rules.aggregation, sheets.map((s) => s.numerator), ctx.denominator);
  let adjustedMicro: number | null = null;
  const jurorTotals: JurorTotal[] = sheets.map((s) => {
    const adj = z ? (z.adjusted.get(s.sheetId) ?? s.totalMicro) : null;
    return { jurorId: s.jurorId, totalMicro: s.totalMicro, adjustedMicro: adj, zscoreApplied: z ? z.applied.has(s.jurorId) : false };
  });
  if (z && sheets.length > 0) {
    let sum = 0;
    for (const t of jurorTotals) sum += t.adjustedMicro ?? 0;
    adjustedMicro = Number(divRound(BigInt(sum), BigInt(sheets.length)));
  }
  const criterionMicro: Record<Id, number | null> = {};
  for (const c of ctx.criteria) {
    let sum = 0;
    for (const s of sheets) sum += s.values[c.id] ?? 0;
    criterionMicro[c.id] = criterionShareMicro(c, sum, sheets.length);
  }
  let spreadMicro: number | null = null;
  if (sheets.length >= 2) {
    let hi = -Infinity;
    let lo = Infinity;
    for (const s of sheets) {
      hi = Math.max(hi, s.totalMicro);
      lo = Math.min(lo, s.totalMicro);
    }
    spreadMicro = hi - lo;
  }
  return {
    entryId: ctx.entryId,
    categoryId: ctx.categoryId,
    panelId: ctx.panelId,
    sheetCount: sheets.length,
    expectedCount: ctx.expected.length,
    missingJurorIds: ctx.expected.filter((j) => !submitted.has(j.id)).map((j) => j.id),
    rawMicro,
    adjustedMicro,
    scoreMicro: ctx.rules.aggregation === 'zscore' ? adjustedMicro : rawMicro,
    criterionMicro,
    jurorTotals,
    spreadMicro,
    disagreement: spreadMicro !== null && spreadMicro > ctx.rules.disagreementBandMicro,
  };
}
