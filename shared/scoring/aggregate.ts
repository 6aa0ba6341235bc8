// From counted sheets to one entry's result: the stage's method (methods.ts) over raw and
// z-score adjusted totals, per-criterion aggregates, spread. Exact integers throughout (plain numbers while safe, else BigInt);
// the only floats are the z-score's square roots, computed from order-independent exact
// sums and rounded once to micro-points.
// Does not decide which sheets count (standings.ts) nor the order (rank.ts).
import type { Criterion, Id, Juror, SheetValues, StageRules } from '../model.js';
import { divRound } from '../fixed.js';
import { divRoundSafe, meanRound } from './exact.js';
import { methodOf, type Aggregation } from './methods.js';
import type { EntryResult, FlaggedJuror, JurorTotal } from './types.js';

/**
 * A submitted, counted sheet with its exact total: numerator over the rubric denominator
 * (see sheet.ts). `num` is the same numerator as a number, or null when not a safe integer.
 * Immutable: the standings cache shares these between recomputations.
 */
export type ScoredSheet = {
  readonly sheetId: Id;
  readonly jurorId: Id;
  readonly entryId: Id;
  readonly values: SheetValues;
  readonly numerator: bigint;
  readonly num: number | null;
  readonly totalMicro: number;
};

/**
 * The entry's score from exact totals under `aggregation`: the mean of the method's window
 * of the sorted totals (methods.ts), rounded once; null without sheets.
 */
export function aggregateRaw(
  aggregation: Aggregation,
  sheets: readonly ScoredSheet[],
  denominator: bigint,
): number | null {
  const n = sheets.length;
  if (n === 0) return null;
  const [from, to] = methodOf(aggregation).window(n);
  const nums: number[] = [];
  for (const s of sheets) if (s.num !== null) nums.push(s.num);
  const d = Number(denominator);
  if (nums.length === n && Number.isSafeInteger(d * n)) {
    const kept = from === 0 && to === n ? nums : nums.sort((x, y) => x - y).slice(from, to);
    return meanRound(kept, kept.length * d);
  }
  const sorted = sheets.map((s) => s.numerator).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  let sum = 0n;
  for (const v of sorted.slice(from, to)) sum += v;
  return Number(divRound(sum, BigInt(to - from) * denominator));
}

/** Round half away from zero to an integer (for the z-score's float step only). */
function roundAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

const SPLIT = 10_000;

/** Exact sums for a variance: t = a * SPLIT + b keeps every square a safe integer. */
type Moments = { n: number; sum: number; aa: number; ab: number; bb: number };

const emptyMoments = (): Moments => ({ n: 0, sum: 0, aa: 0, ab: 0, bb: 0 });

function addMoment(m: Moments, t: number): void {
  const a = Math.floor(t / SPLIT);
  const b = t - a * SPLIT;
  m.n += 1;
  m.sum += t;
  m.aa += a * a;
  m.ab += a * b;
  m.bb += b * b;
}

/** n^2 * population variance = n * sum(t^2) - sum(t)^2, exact. */
function varianceTimesNSquared(m: Moments): bigint {
  const S = BigInt(SPLIT);
  const sumSq = BigInt(m.aa) * S * S + 2n * BigInt(m.ab) * S + BigInt(m.bb);
  return BigInt(m.n) * sumSq - BigInt(m.sum) * BigInt(m.sum);
}

type JurorScale = { n: number; sum: number; root: number };

export type ZscoreResult = {
  poolMean: number;
  poolSd: number;
  /** By juror index: the exact sums of a standardized juror; null = raw totals kept. */
  scales: Array<JurorScale | null>;
  flagged: FlaggedJuror[];
};

/**
 * z-score per juror over all their counted sheets in the stage, mapped back onto the pool
 * (every counted total in the stage): adjusted = poolMean + (t - jurorMean) / jurorSd * poolSd,
 * population sd. A juror under `minSheets` sheets, or with no spread, keeps raw totals and
 * is flagged. `perEntry[i][k]` was scored by juror `jurorIndex[i][k]` (an index into
 * `jurorIds`); flagged jurors are listed in `jurorIds` order.
 */
export function zscoreAdjust(
  perEntry: ReadonlyArray<readonly ScoredSheet[]>,
  jurorIndex: ReadonlyArray<readonly number[]>,
  jurorIds: readonly Id[],
  minSheets: number,
): ZscoreResult {
  const pool = emptyMoments();
  const byJuror = jurorIds.map(emptyMoments);
  perEntry.forEach((sheets, i) => {
    const js = jurorIndex[i] ?? [];
    sheets.forEach((s, k) => {
      addMoment(pool, s.totalMicro);
      const m = byJuror[js[k] ?? -1];
      if (m) addMoment(m, s.totalMicro);
    });
  });
  const poolMean = pool.n > 0 ? pool.sum / pool.n : 0;
  const poolSd = pool.n > 0 ? Math.sqrt(Number(varianceTimesNSquared(pool))) / pool.n : 0;
  const flagged: FlaggedJuror[] = [];
  const scales = byJuror.map((m, j): JurorScale | null => {
    const jurorId = jurorIds[j] ?? '';
    if (m.n === 0) return null;
    const v = varianceTimesNSquared(m);
    if (m.n < minSheets) flagged.push({ jurorId, sheetCount: m.n, reason: 'few-sheets' });
    else if (v === 0n) flagged.push({ jurorId, sheetCount: m.n, reason: 'no-spread' });
    else return { n: m.n, sum: m.sum, root: Math.sqrt(Number(v)) };
    return null;
  });
  return { poolMean, poolSd, scales, flagged };
}

/** A sheet's adjusted total (by the juror's index): the raw total for a flagged juror. */
export function adjustedTotal(z: ZscoreResult, s: ScoredSheet, jurorIndex: number): number {
  const k = z.scales[jurorIndex];
  if (!k) return s.totalMicro;
  // (t - mean) / sd = (n t - sum) / sqrt(n^2 var): exact integers until the one division.
  return roundAway(z.poolMean + ((k.n * s.totalMicro - k.sum) / k.root) * z.poolSd);
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

/** The parts of an entry's result that depend on its own sheets only (cacheable). */
export function entryBase(ctx: EntryContext, sheets: readonly ScoredSheet[]): EntryResult {
  const submitted = new Set(sheets.map((s) => s.jurorId));
  const criterionMicro: Record<Id, number | null> = {};
  for (const c of ctx.criteria) {
    let sum = 0;
    for (const s of sheets) sum += s.values[c.id] ?? 0;
    criterionMicro[c.id] =
      sheets.length === 0 || c.maxX100 === 0 ? null : shareMicro(sum, sheets.length, c.maxX100);
  }
  let spreadMicro: number | null = null;
  if (sheets.length >= 2) {
    let hi = -Infinity;
    let lo = Infinity;
    for (const s of sheets) {
      if (s.totalMicro > hi) hi = s.totalMicro;
      if (s.totalMicro < lo) lo = s.totalMicro;
    }
    spreadMicro = hi - lo;
  }
  const rawMicro = aggregateRaw(ctx.rules.aggregation, sheets, ctx.denominator);
  const ranksAdjusted = methodOf(ctx.rules.aggregation).ranks === 'adjusted';
  return {
    entryId: ctx.entryId,
    categoryId: ctx.categoryId,
    panelId: ctx.panelId,
    sheetCount: sheets.length,
    expectedCount: ctx.expected.length,
    missingJurorIds: ctx.expected.filter((j) => !submitted.has(j.id)).map((j) => j.id),
    rawMicro,
    adjustedMicro: null,
    scoreMicro: ranksAdjusted ? null : rawMicro,
    criterionMicro,
    jurorTotals: sheets.map((s) => ({
      jurorId: s.jurorId,
      totalMicro: s.totalMicro,
      adjustedMicro: null,
      zscoreApplied: false,
    })),
    spreadMicro,
    disagreement: spreadMicro !== null && spreadMicro > ctx.rules.disagreementBandMicro,
  };
}

/** sum / count / max * 100 points in micro: sum * 1e8 / (count * max), rounded once. */
function shareMicro(sumX100: number, count: number, maxX100: number): number {
  const num = sumX100 * 100_000_000;
  const den = count * maxX100;
  if (Number.isSafeInteger(num) && Number.isSafeInteger(den)) return divRoundSafe(num, den);
  return Number(divRound(BigInt(sumX100) * 100_000_000n, BigInt(den)));
}

/**
 * The entry's score over adjusted (z-score) totals, the same way raw totals aggregate:
 * the mean of the method's window of the sorted adjusted totals, rounded once; null
 * without sheets.
 */
export function aggregateAdjusted(
  aggregation: Aggregation,
  totals: readonly number[],
): number | null {
  const n = totals.length;
  if (n === 0) return null;
  const [from, to] = methodOf(aggregation).window(n);
  const kept = from === 0 && to === n ? totals : [...totals].sort((x, y) => x - y).slice(from, to);
  return meanRound(kept, kept.length);
}

/**
 * Adds the z-score part to a base result, under every method: adjusted totals and their
 * aggregate sit beside the raw ones (the tie-break "other score" compares them). Only
 * under zscore does the adjusted score rank.
 */
export function withZscore(
  base: EntryResult,
  sheets: readonly ScoredSheet[],
  jurorIndex: readonly number[],
  z: ZscoreResult,
  aggregation: Aggregation,
): EntryResult {
  const jurorTotals: JurorTotal[] = [];
  const adjusted: number[] = [];
  sheets.forEach((s, k) => {
    const j = jurorIndex[k] ?? -1;
    const adj = adjustedTotal(z, s, j);
    adjusted.push(adj);
    jurorTotals.push({
      jurorId: s.jurorId,
      totalMicro: s.totalMicro,
      adjustedMicro: adj,
      zscoreApplied: z.scales[j] != null,
    });
  });
  const adjustedMicro = aggregateAdjusted(aggregation, adjusted);
  const scoreMicro = methodOf(aggregation).ranks === 'adjusted' ? adjustedMicro : base.rawMicro;
  return { ...base, adjustedMicro, scoreMicro, jurorTotals };
}
