// Multi-stage final score: a weighted mean of stage scores (e.g. curation 40% +
// presentation 60%) over the stages with a weight > 0. No tie-break chain here: equal
// combined scores share a rank (competition numbering). Does not rank stages themselves.
import type { Id, Stage } from '../model.js';
import { divRound } from '../fixed.js';
import type { CombinedRow, Standings } from './types.js';

export type StagePart = { stage: Stage; standings: Standings };

/**
 * One row per entry seen in any part's overall standings. stageMicro holds the weighted
 * stages only; combinedMicro is null when any of them has no score for the entry. Rows
 * with equal combined scores (and unscored rows) keep the order of the parts' standings.
 */
export function combineStages(parts: readonly StagePart[]): CombinedRow[] {
  const weighted = parts.filter((p) => p.stage.finalWeightBp > 0);
  const weightSum = weighted.reduce((s, p) => s + p.stage.finalWeightBp, 0);
  const seen = new Map<Id, { categoryId: Id; pos: number }>();
  for (const p of parts) {
    for (const r of p.standings.overall)
      if (!seen.has(r.entryId)) seen.set(r.entryId, { categoryId: r.categoryId, pos: seen.size });
  }
  const scoreOf = new Map<Id, Map<Id, number | null>>(
    weighted.map((p) => [
      p.stage.id,
      new Map(p.standings.overall.map((r) => [r.entryId, r.scoreMicro])),
    ]),
  );
  const rows = [...seen].map(([entryId, { categoryId, pos }]) => {
    const stageMicro: Record<Id, number | null> = {};
    let sum = 0n;
    let complete = weighted.length > 0;
    for (const p of weighted) {
      const v = scoreOf.get(p.stage.id)?.get(entryId) ?? null;
      stageMicro[p.stage.id] = v;
      if (v === null) complete = false;
      else sum += BigInt(p.stage.finalWeightBp) * BigInt(v);
    }
    const combinedMicro = complete ? Number(divRound(sum, BigInt(weightSum))) : null;
    return { entryId, categoryId, stageMicro, combinedMicro, pos };
  });
  rows.sort((a, b) => {
    if (a.combinedMicro === null || b.combinedMicro === null) {
      return (
        (a.combinedMicro === null ? 1 : 0) - (b.combinedMicro === null ? 1 : 0) || a.pos - b.pos
      );
    }
    return b.combinedMicro - a.combinedMicro || a.pos - b.pos;
  });
  const out: CombinedRow[] = [];
  for (const [i, { pos: _pos, ...r }] of rows.entries()) {
    if (r.combinedMicro === null) {
      out.push({ ...r, rank: null, tied: false });
      continue;
    }
    const prev = out[i - 1];
    // Competition numbering: an equal score takes the rank of the first row with it.
    const rank =
      prev && prev.combinedMicro === r.combinedMicro && prev.rank !== null ? prev.rank : i + 1;
    const tied = rank !== i + 1 || rows[i + 1]?.combinedMicro === r.combinedMicro;
    out.push({ ...r, rank, tied });
  }
  return out;
}
