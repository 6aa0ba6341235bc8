// computeStandings: one stage's sheets in, ranked rows (overall and per category) out.
// Which sheets count is decided in counted.ts. createStandingsCache() keeps what does not
// change between recomputations: per-sheet totals by sheet id (versions are immutable)
// and per-entry results while the entry's counted sheets and expected jurors are the
// same. Results may be shared between calls: treat them as read-only.
import type { Id } from '../model.js';
import { entryBase, withZscore, zscoreAdjust } from './aggregate.js';
import { newMemo, pruneMemo, rubricKeyOf, selectCounted, type Memo } from './counted.js';
import { rankResults, type RankContext } from './rank.js';
import type { EntryResult, RankedRow, StageInput, Standings } from './types.js';

const sameRefs = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function compute(input: StageInput, memo: Memo): Standings {
  const { stage, entries, jurors, categories } = input;
  const counted = selectCounted(stage, entries, jurors, input.sheets, memo);
  const rulesKey = `${stage.rules.aggregation}|${stage.rules.disagreementBandMicro}`;
  const bases: EntryResult[] = entries.map((e, i) => {
    const sheets = counted.sheets[i] ?? [];
    const expected = counted.expected[i] ?? [];
    const ctxKey = `${e.categoryId}|${e.panelId}|${rulesKey}`;
    const hit = memo.entries.get(e.id);
    if (
      hit &&
      hit.ctxKey === ctxKey &&
      sameRefs(hit.sheets, sheets) &&
      sameRefs(hit.expected, expected)
    )
      return hit.base;
    const base = entryBase(
      {
        entryId: e.id,
        categoryId: e.categoryId,
        panelId: e.panelId,
        expected,
        criteria: stage.criteria,
        rules: stage.rules,
        denominator: memo.denominator,
      },
      sheets,
    );
    memo.entries.set(e.id, { sheets, expected, ctxKey, base });
    return base;
  });

  // Adjusted scores are computed under every method (shown beside raw; the "other score"
  // tie-break compares them); only under zscore do they rank.
  const z = zscoreAdjust(
    counted.sheets,
    counted.jurorIndex,
    jurors.map((j) => j.id),
    stage.rules.zscoreMinSheets,
  );
  const results = bases.map((b, i) =>
    withZscore(b, counted.sheets[i] ?? [], counted.jurorIndex[i] ?? [], z, stage.rules.aggregation),
  );

  const position = new Map<Id, number>(
    entries.map((e, i) => [e.id, e.order * (entries.length + 1) + i]),
  );
  const ctx = (categoryId: Id | null): RankContext => ({
    stageId: stage.id,
    categoryId,
    criteria: stage.criteria,
    rules: stage.rules,
    tieDecisions: input.tieDecisions,
    // Running order within a panel, then input order (stable across panels).
    runningOrder: (id) => position.get(id) ?? 0,
  });
  const byCategory: Record<Id, RankedRow[]> = {};
  for (const c of categories)
    byCategory[c.id] = rankResults(
      results.filter((r) => r.categoryId === c.id),
      ctx(c.id),
    );
  return {
    stageId: stage.id,
    aggregation: stage.rules.aggregation,
    overall: rankResults(results, ctx(null)),
    byCategory,
    flaggedJurors: z.flagged,
  };
}

/** Standings of one stage, computed from scratch. */
export function computeStandings(input: StageInput): Standings {
  return compute(input, newMemo(input.stage));
}

export type StandingsCache = {
  /** Same result as computeStandings(input), reusing what did not change. */
  compute(input: StageInput): Standings;
  clear(): void;
  /** Memoized sheets (all stages). */
  size(): number;
};

/** A memo per stage; a changed rubric drops the stage's memo. */
export function createStandingsCache(): StandingsCache {
  const memos = new Map<Id, Memo>();
  return {
    compute(input) {
      const { stage } = input;
      let memo = memos.get(stage.id);
      if (!memo || memo.rubricKey !== rubricKeyOf(stage.id, stage.criteria))
        memos.set(stage.id, (memo = newMemo(stage)));
      pruneMemo(memo, input.sheets);
      return compute(input, memo);
    },
    clear() {
      memos.clear();
    },
    size() {
      let n = 0;
      for (const m of memos.values()) n += m.slots.size;
      return n;
    },
  };
}
