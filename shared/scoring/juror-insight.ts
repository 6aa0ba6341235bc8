// Juror insight for the head juror and the organizer: how severe each juror is against
// the rest of their panel, which of their sheets stand out, and how z-score normalization
// moved each entry. Pure: reads computed standings only (no database, no clock). The
// figures are for reading, not for ranking: means are rounded once to micro-points and
// the spread (population standard deviation) is the one float step.
import type { Id } from '../model.js';
import { divRoundSafe } from './exact.js';
import type { RankedRow, Standings } from './types.js';

export type JurorSeverity = {
  jurorId: Id;
  sheetCount: number;
  /** Mean of the juror's raw sheet totals; null without sheets. */
  meanMicro: number | null;
  /** Population standard deviation of the juror's raw totals; null under 2 sheets. */
  spreadMicro: number | null;
  /**
   * Mean over the juror's sheets of (their total - the mean of the other jurors' totals for
   * the same entry); negative = stricter than the panel. Null when no entry had another sheet.
   */
  severityMicro: number | null;
  /** Entries where the juror's total is further than the band from the others' mean. */
  outliers: Array<{ entryId: Id; totalMicro: number; othersMeanMicro: number; deltaMicro: number }>;
  /** Kept raw totals under z-score (too few sheets or no spread). */
  flagged: 'few-sheets' | 'no-spread' | null;
};

export type NormalizationMove = {
  entryId: Id;
  rawMicro: number | null;
  adjustedMicro: number | null;
  /** adjusted - raw; null unless both exist. */
  deltaMicro: number | null;
  /** Competition rank by raw score and by adjusted score (overall), null when unscored. */
  rawRank: number | null;
  adjustedRank: number | null;
};

export type JurorInsight = { jurors: JurorSeverity[]; moves: NormalizationMove[] };

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0
    ? null
    : divRoundSafe(
        xs.reduce((a, b) => a + b, 0),
        xs.length,
      );

function sd(xs: readonly number[]): number | null {
  if (xs.length < 2) return null;
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.round(Math.sqrt(xs.reduce((a, x) => a + (x - m) * (x - m), 0) / xs.length));
}

/** Competition ranks (1, 2, 2, 4) of the given scores, best (highest) first. */
function competitionRanks(scores: Array<{ id: Id; score: number | null }>): Map<Id, number | null> {
  const scored = scores
    .filter((s): s is { id: Id; score: number } => s.score !== null)
    .sort((a, b) => b.score - a.score);
  const ranks = new Map<Id, number | null>(scores.map((s) => [s.id, null]));
  scored.forEach((s, i) => {
    const prev = scored[i - 1];
    ranks.set(s.id, prev && prev.score === s.score ? (ranks.get(prev.id) ?? i + 1) : i + 1);
  });
  return ranks;
}

/**
 * @param jurorIds the jurors to report, in display order (jurors without sheets are listed
 *   with null figures).
 * @param bandMicro how far from the others' mean a total must be to count as an outlier
 *   (the stage's disagreement band is a sensible choice).
 */
export function jurorInsight(
  standings: Standings,
  jurorIds: readonly Id[],
  bandMicro: number,
): JurorInsight {
  const rows: readonly RankedRow[] = standings.overall;
  const totals = new Map<Id, number[]>();
  const deltas = new Map<Id, number[]>();
  const outliers = new Map<Id, JurorSeverity['outliers']>();
  for (const row of rows) {
    for (const t of row.jurorTotals) {
      (totals.get(t.jurorId) ?? totals.set(t.jurorId, []).get(t.jurorId)!).push(t.totalMicro);
      const others = row.jurorTotals
        .filter((o) => o.jurorId !== t.jurorId)
        .map((o) => o.totalMicro);
      const othersMean = mean(others);
      if (othersMean === null) continue;
      const delta = t.totalMicro - othersMean;
      (deltas.get(t.jurorId) ?? deltas.set(t.jurorId, []).get(t.jurorId)!).push(delta);
      if (Math.abs(delta) > bandMicro)
        (outliers.get(t.jurorId) ?? outliers.set(t.jurorId, []).get(t.jurorId)!).push({
          entryId: row.entryId,
          totalMicro: t.totalMicro,
          othersMeanMicro: othersMean,
          deltaMicro: delta,
        });
    }
  }
  const flagged = new Map(standings.flaggedJurors.map((f) => [f.jurorId, f.reason]));
  const jurors = jurorIds.map((jurorId): JurorSeverity => {
    const ts = totals.get(jurorId) ?? [];
    return {
      jurorId,
      sheetCount: ts.length,
      meanMicro: mean(ts),
      spreadMicro: sd(ts),
      severityMicro: mean(deltas.get(jurorId) ?? []),
      outliers: outliers.get(jurorId) ?? [],
      flagged: flagged.get(jurorId) ?? null,
    };
  });
  const rawRanks = competitionRanks(rows.map((r) => ({ id: r.entryId, score: r.rawMicro })));
  const adjustedRanks = competitionRanks(
    rows.map((r) => ({ id: r.entryId, score: r.adjustedMicro })),
  );
  const moves = rows.map((r): NormalizationMove => ({
    entryId: r.entryId,
    rawMicro: r.rawMicro,
    adjustedMicro: r.adjustedMicro,
    deltaMicro:
      r.rawMicro !== null && r.adjustedMicro !== null ? r.adjustedMicro - r.rawMicro : null,
    rawRank: rawRanks.get(r.entryId) ?? null,
    adjustedRank: r.adjustedMicro === null ? null : (adjustedRanks.get(r.entryId) ?? null),
  }));
  return { jurors, moves };
}
