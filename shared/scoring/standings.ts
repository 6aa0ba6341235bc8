// computeStandings: one stage's sheets in, ranked rows (overall and per category) out.
// Decides which sheets count: current submitted versions from a juror of the entry's panel
// who is not recused. Everything else (drafts, strays, other stages) is ignored.
// createStandingsCache() memoizes per-sheet totals by sheet id (versions are immutable),
// so a recomputation after one new sheet computes one total plus the cheap aggregation.
import type { Criterion, Entry, Id, Juror, SheetVersion } from '../model.js';
import { entryResult, zscoreAdjust, type ScoredSheet, type ZscoreResult } from './aggregate.js';
import { rankResults, type RankContext } from './rank.js';
import { divRound } from '../fixed.js';
import { expectedJurors } from './recusal.js';
import { rubricDenominator, sheetTotalNumerator } from './sheet.js';
import type { EntryResult, StageInput, Standings } from './types.js';

type Total = { numerator: bigint; totalMicro: number } | null;
type TotalOf = (sheet: SheetVersion) => Total;

function exactTotal(criteria: readonly Criterion[], denominator: bigint): TotalOf {
  return (sheet) => {
    const n = sheetTotalNumerator(criteria, sheet.values, denominator);
    if (n === null) return null;
    // The exact numerator feeds the means; the rounded total is what a juror's sheet shows.
    return { numerator: n, totalMicro: Number(divRound(n, denominator)) };
  };
}

/** Current version per juror x entry (defensive: the caller should pass only current ones). */
function currentSheets(sheets: readonly SheetVersion[], stageId: Id): SheetVersion[] {
  const best = new Map<string, SheetVersion>();
  for (const s of sheets) {
    if (s.stageId !== stageId) continue;
    const key = `${s.jurorId}\u0000${s.entryId}`;
    const prev = best.get(key);
    if (!prev || s.version > prev.version) best.set(key, s);
  }
  return [...best.values()];
}

function compute(input: StageInput, totalOf: TotalOf): Standings {
  const { stage, entries, jurors, categories } = input;
  const denominator = rubricDenominator(stage.criteria);
  const jurorIndex = new Map<Id, number>(jurors.map((j, i) => [j.id, i]));
  const entryById = new Map<Id, Entry>(entries.map((e) => [e.id, e]));
  const expected = new Map<Id, Juror[]>(entries.map((e) => [e.id, expectedJurors(e, jurors)]));
  const expectedIds = new Map<Id, Set<Id>>([...expected].map(([id, js]) => [id, new Set(js.map((j) => j.id))]));

  const counted: ScoredSheet[] = [];
  for (const s of currentSheets(input.sheets, stage.id)) {
    if (s.status !== 'submitted' || !expectedIds.get(s.entryId)?.has(s.jurorId)) continue;
    const t = totalOf(s);
    if (t === null) continue; // a submitted sheet with an empty criterion: invalid, not counted
    counted.push({ sheetId: s.id, jurorId: s.jurorId, entryId: s.entryId, values: s.values, ...t });
  }
  // Juror order within an entry: the order of the jurors list (seating), whatever the sheet order.
  counted.sort((a, b) => (jurorIndex.get(a.jurorId) ?? 0) - (jurorIndex.get(b.jurorId) ?? 0));

  const z: ZscoreResult | null =
    stage.rules.aggregation === 'zscore' ? zscoreAdjust(counted, stage.rules.zscoreMinSheets, jurors.map((j) => j.id)) : null;
  const perEntry = new Map<Id, ScoredSheet[]>(entries.map((e) => [e.id, []]));
  for (const s of counted) perEntry.get(s.entryId)?.push(s);

  const results: EntryResult[] = entries.map((e) =>
    entryResult(
      { entryId: e.id, categoryId: e.categoryId, panelId: e.panelId, expected: expected.get(e.id) ?? [], criteria: stage.criteria, rules: stage.rules, denominator },
      perEntry.get(e.id) ?? [],
      z,
    ),
  );

  const entryPos = new Map<Id, number>(entries.map((e, i) => [e.id, i]));
  const runningOrder = (id: Id) => {
    const e = entryById.get(id);
    // Running order within a panel, then input order (stable across panels).
    return (e?.order ?? 0) * (entries.length + 1) + (entryPos.get(id) ?? 0);
  };
  const ctx = (categoryId: Id | null): RankContext => ({
    stageId: stage.id,
    categoryId,
    criteria: stage.criteria,
    rules: stage.rules,
    tieDecisions: input.tieDecisions,
    runningOrder,
  });
  const byCategory: Record<Id, ReturnType<typeof rankResults>> = {};
  for (const c of categories) byCategory[c.id] = rankResults(results.filter((r) => r.categoryId === c.id), ctx(c.id));
  return {
    stageId: stage.id,
    aggregation: stage.rules.aggregation,
    overall: rankResults(results, ctx(null)),
    byCategory,
    flaggedJurors: z ? z.flagged : [],
  };
}

/** Standings of one stage, computed from scratch. */
export function computeStandings(input: StageInput): Standings {
  const d = rubricDenominator(input.stage.criteria);
  return compute(input, exactTotal(input.stage.criteria, d));
}

export type StandingsCache = {
  /** Same result as computeStandings(input); reuses totals of sheet ids seen before. */
  compute(input: StageInput): Standings;
  clear(): void;
  /** Memoized sheet totals (all stages). */
  size(): number;
};

const rubricKey = (stageId: Id, criteria: readonly Criterion[]) =>
  `${stageId}|${criteria.map((c) => `${c.id}:${c.weightBp}:${c.maxX100}`).join(',')}`;

/**
 * Memo of sheet totals keyed by sheet id, per stage and rubric (a changed rubric drops the
 * stage's memo). Sheet versions are immutable, so an id always means the same values.
 */
export function createStandingsCache(): StandingsCache {
  const memo = new Map<Id, { key: string; totals: Map<Id, Total> }>();
  return {
    compute(input) {
      const { stage } = input;
      const key = rubricKey(stage.id, stage.criteria);
      let slot = memo.get(stage.id);
      if (!slot || slot.key !== key) memo.set(stage.id, (slot = { key, totals: new Map() }));
      const totals = slot.totals;
      const exact = exactTotal(stage.criteria, rubricDenominator(stage.criteria));
      const totalOf: TotalOf = (sheet) => {
        const hit = totals.get(sheet.id);
        if (hit !== undefined) return hit;
        const t = exact(sheet);
        totals.set(sheet.id, t);
        return t;
      };
      // Drop memo rows of sheets no longer current, so memory follows the stage, not history.
      if (totals.size > 2 * input.sheets.length + 64) {
        const live = new Set(input.sheets.map((s) => s.id));
        for (const id of totals.keys()) if (!live.has(id)) totals.delete(id);
      }
      return compute(input, totalOf);
    },
    clear() {
      memo.clear();
    },
    size() {
      let n = 0;
      for (const slot of memo.values()) n += slot.totals.size;
      return n;
    },
  };
}
