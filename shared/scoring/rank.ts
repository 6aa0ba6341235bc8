// Orders entry results into ranked rows: descending score, then the tie-break chain, then a
// recorded head-juror decision, else a shared rank with competition numbering (1, 2, 2, 4).
// Compares integers only. Does not compute scores (aggregate.ts).
import type { Criterion, Id, StageRules } from '../model.js';
import { methodOf } from './methods.js';
import type { EntryResult, RankedRow, TieDecision } from './types.js';

export type RankContext = {
  stageId: Id;
  /** null = the overall ranking. */
  categoryId: Id | null;
  criteria: readonly Criterion[];
  rules: StageRules;
  tieDecisions: readonly TieDecision[];
  /** Running order: lists unscored entries and the members of a shared rank. */
  runningOrder: (entryId: Id) => number;
};

export type TieBreakKey = { label: string; value: (r: EntryResult) => number | null };

/** The chain as keys. Empty rule = criteria by descending weight; equal weights keep rubric order. */
export function tieBreakChain(criteria: readonly Criterion[], rules: StageRules): TieBreakKey[] {
  const byCriterion = (c: Criterion): TieBreakKey => ({
    label: c.id,
    value: (r) => r.criterionMicro[c.id] ?? null,
  });
  if (rules.tieBreak.length === 0) {
    return criteria
      .map((c, i) => ({ c, i }))
      .sort((a, b) => b.c.weightBp - a.c.weightBp || a.i - b.i)
      .map(({ c }) => byCriterion(c));
  }
  const keys: TieBreakKey[] = [];
  for (const rule of rules.tieBreak) {
    if (rule.kind === 'other-score') {
      keys.push({
        label: 'other-score',
        value: (r) =>
          methodOf(rules.aggregation).ranks === 'adjusted' ? r.rawMicro : r.adjustedMicro,
      });
    } else {
      const c = criteria.find((x) => x.id === rule.criterionId);
      if (c) keys.push(byCriterion(c));
    }
  }
  return keys;
}

/** Descending, with null (nothing to compare) last. */
function desc(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

type Block = { rows: EntryResult[]; decidedBy: string | null };

function findDecision(ctx: RankContext, group: readonly EntryResult[]): TieDecision | null {
  for (let i = ctx.tieDecisions.length - 1; i >= 0; i--) {
    const d = ctx.tieDecisions[i];
    if (!d || d.stageId !== ctx.stageId || d.categoryId !== ctx.categoryId) continue;
    if (group.every((r) => d.entryIds.includes(r.entryId))) return d;
  }
  return null;
}

/** Splits a group of equal scores into ordered blocks; a block of more than one row shares a rank. */
function separate(
  group: EntryResult[],
  keys: readonly TieBreakKey[],
  k: number,
  via: string | null,
  ctx: RankContext,
): Block[] {
  if (group.length === 1) return [{ rows: group, decidedBy: via }];
  const key = keys[k];
  if (!key) {
    const decision = findDecision(ctx, group);
    if (!decision) return [{ rows: group, decidedBy: null }];
    const at = (r: EntryResult) => decision.entryIds.indexOf(r.entryId);
    return [...group]
      .sort((a, b) => at(a) - at(b))
      .map((r) => ({ rows: [r], decidedBy: 'head-juror' }));
  }
  const sorted = [...group].sort((a, b) => desc(key.value(a), key.value(b)));
  const subgroups: EntryResult[][] = [];
  for (const r of sorted) {
    const last = subgroups[subgroups.length - 1];
    const head = last?.[0];
    if (last && head && key.value(head) === key.value(r)) last.push(r);
    else subgroups.push([r]);
  }
  if (subgroups.length === 1) return separate(group, keys, k + 1, via, ctx);
  return subgroups.flatMap((g) => separate(g, keys, k + 1, key.label, ctx));
}

/** Field by field rather than a spread: one object shape, no dictionary-mode copies on the hot path. */
function ranked(
  r: EntryResult,
  rank: number | null,
  tied: boolean,
  decidedBy: string | null,
): RankedRow {
  return {
    entryId: r.entryId,
    categoryId: r.categoryId,
    panelId: r.panelId,
    sheetCount: r.sheetCount,
    expectedCount: r.expectedCount,
    missingJurorIds: r.missingJurorIds,
    rawMicro: r.rawMicro,
    adjustedMicro: r.adjustedMicro,
    scoreMicro: r.scoreMicro,
    criterionMicro: r.criterionMicro,
    jurorTotals: r.jurorTotals,
    spreadMicro: r.spreadMicro,
    disagreement: r.disagreement,
    rank,
    tied,
    decidedBy,
  };
}

/** Ranked rows: scored entries by rank, then unscored ones (rank null) in running order. */
export function rankResults(results: readonly EntryResult[], ctx: RankContext): RankedRow[] {
  const byOrder = (a: EntryResult, b: EntryResult) =>
    ctx.runningOrder(a.entryId) - ctx.runningOrder(b.entryId);
  const scored = results
    .filter((r) => r.scoreMicro !== null)
    .sort((a, b) => desc(a.scoreMicro, b.scoreMicro) || byOrder(a, b));
  const unscored = results.filter((r) => r.scoreMicro === null).sort(byOrder);
  const keys = tieBreakChain(ctx.criteria, ctx.rules);
  const rows: RankedRow[] = [];
  let i = 0;
  while (i < scored.length) {
    let j = i + 1;
    while (j < scored.length && scored[j]?.scoreMicro === scored[i]?.scoreMicro) j++;
    for (const block of separate(scored.slice(i, j), keys, 0, null, ctx)) {
      const rank = rows.length + 1;
      const tied = block.rows.length > 1;
      for (const r of block.rows) rows.push(ranked(r, rank, tied, tied ? null : block.decidedBy));
    }
    i = j;
  }
  for (const r of unscored) rows.push(ranked(r, null, false, null));
  return rows;
}
