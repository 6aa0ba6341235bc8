// computeStandings: one stage's sheets in, ranked rows (overall and per category) out.
// Decides which sheets count: the current submitted version from a juror of the entry's
// panel who is not recused. Everything else (drafts, strays, other stages) is ignored.
// createStandingsCache() keeps what does not change between recomputations: per-sheet
// totals by sheet id (versions are immutable) and per-entry results while the entry's
// counted sheets and expected jurors are the same. Results are shared: treat as read-only.
import type { Criterion, Entry, Id, Juror, SheetVersion } from '../model.js';
import { divRound } from '../fixed.js';
import { entryBase, withZscore, zscoreAdjust, type ScoredSheet } from './aggregate.js';
import { rankResults, type RankContext } from './rank.js';
import { rubricDenominator, sheetTotalNumerator } from './sheet.js';
import type { EntryResult, RankedRow, StageInput, Standings } from './types.js';

type EntryMemo = { sheets: ScoredSheet[]; expected: Juror[]; ctxKey: string; base: EntryResult };

type Memo = {
  rubricKey: string;
  denominator: bigint;
  /** null = a submitted sheet with an empty criterion: invalid, never counted. */
  sheets: Map<Id, ScoredSheet | null>;
  entries: Map<Id, EntryMemo>;
};

const rubricKeyOf = (stageId: Id, criteria: readonly Criterion[]) =>
  `${stageId}|${criteria.map((c) => `${c.id}:${c.weightBp}:${c.maxX100}`).join(',')}`;

function newMemo(stageId: Id, criteria: readonly Criterion[]): Memo {
  return { rubricKey: rubricKeyOf(stageId, criteria), denominator: rubricDenominator(criteria), sheets: new Map(), entries: new Map() };
}

function scored(memo: Memo, criteria: readonly Criterion[], s: SheetVersion): ScoredSheet | null {
  const hit = memo.sheets.get(s.id);
  if (hit !== undefined) return hit;
  const n = sheetTotalNumerator(criteria, s.values, memo.denominator);
  const rec: ScoredSheet | null =
    n === null
      ? null
      : {
          sheetId: s.id,
          jurorId: s.jurorId,
          entryId: s.entryId,
          values: s.values,
          numerator: n,
          num: Number.isSafeInteger(Number(n)) ? Number(n) : null,
          totalMicro: Number(divRound(n, memo.denominator)),
        };
  memo.sheets.set(s.id, rec);
  return rec;
}

type JurorInfo = { juror: Juror; index: number; institutions: Set<string>; entryIds: Set<Id> };

const norm = (s: string) => s.trim().toLowerCase();

/** Same rule as recusal.ts, with each juror's conflicts normalized once per computation. */
const recused = (j: JurorInfo, e: Entry) => j.entryIds.has(e.id) || (j.institutions.size > 0 && j.institutions.has(norm(e.institution)));

const sameRefs = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function compute(input: StageInput, memo: Memo): Standings {
  const { stage, entries, jurors, categories } = input;
  const nJ = jurors.length;
  const jurorInfo = new Map<Id, JurorInfo>();
  const panelJurors = new Map<Id, JurorInfo[]>();
  jurors.forEach((juror, index) => {
    const info = { juror, index, institutions: new Set(juror.conflictInstitutions.map(norm).filter((x) => x !== '')), entryIds: new Set(juror.conflictEntryIds) };
    jurorInfo.set(juror.id, info);
    const list = panelJurors.get(juror.panelId) ?? [];
    list.push(info);
    panelJurors.set(juror.panelId, list);
  });
  const entryIndex = new Map<Id, number>(entries.map((e, i) => [e.id, i]));

  // Current version per entry x juror in one flat table (also gives seating order for free).
  const table: Array<SheetVersion | undefined> = new Array<SheetVersion | undefined>(entries.length * nJ);
  for (const s of input.sheets) {
    if (s.stageId !== stage.id) continue;
    const e = entryIndex.get(s.entryId);
    const j = jurorInfo.get(s.jurorId)?.index;
    if (e === undefined || j === undefined) continue;
    const prev = table[e * nJ + j];
    if (!prev || s.version > prev.version) table[e * nJ + j] = s;
  }

  const z = stage.rules.aggregation === 'zscore';
  const ctxKey = (e: Entry) => `${e.categoryId}|${e.panelId}|${stage.rules.aggregation}|${stage.rules.disagreementBandMicro}`;
  const perEntry: ScoredSheet[][] = [];
  const bases: EntryResult[] = entries.map((e, ei) => {
    const expected: Juror[] = [];
    for (const info of panelJurors.get(e.panelId) ?? []) if (!recused(info, e)) expected.push(info.juror);
    const counted: ScoredSheet[] = [];
    for (const info of panelJurors.get(e.panelId) ?? []) {
      const s = table[ei * nJ + info.index];
      if (!s || s.status !== 'submitted' || recused(info, e)) continue;
      const rec = scored(memo, stage.criteria, s);
      if (rec) counted.push(rec);
    }
    // Panel lists follow the jurors list, so `counted` is in seating order.
    perEntry.push(counted);
    const key = ctxKey(e);
    const hit = memo.entries.get(e.id);
    if (hit && hit.ctxKey === key && sameRefs(hit.sheets, counted) && sameRefs(hit.expected, expected)) return hit.base;
    const base = entryBase(
      { entryId: e.id, categoryId: e.categoryId, panelId: e.panelId, expected, criteria: stage.criteria, rules: stage.rules, denominator: memo.denominator },
      counted,
    );
    memo.entries.set(e.id, { sheets: counted, expected, ctxKey: key, base });
    return base;
  });

  const zr = z ? zscoreAdjust(perEntry.flat(), stage.rules.zscoreMinSheets, jurors.map((j) => j.id)) : null;
  const results = zr ? bases.map((b, i) => withZscore(b, perEntry[i] ?? [], zr)) : bases;

  const runningOrder = (id: Id) => {
    const i = entryIndex.get(id) ?? 0;
    // Running order within a panel, then input order (stable across panels).
    return (entries[i]?.order ?? 0) * (entries.length + 1) + i;
  };
  const ctx = (categoryId: Id | null): RankContext => ({
    stageId: stage.id,
    categoryId,
    criteria: stage.criteria,
    rules: stage.rules,
    tieDecisions: input.tieDecisions,
    runningOrder,
  });
  const byCategory: Record<Id, RankedRow[]> = {};
  for (const c of categories) byCategory[c.id] = rankResults(results.filter((r) => r.categoryId === c.id), ctx(c.id));
  return {
    stageId: stage.id,
    aggregation: stage.rules.aggregation,
    overall: rankResults(results, ctx(null)),
    byCategory,
    flaggedJurors: zr ? zr.flagged : [],
  };
}

/** Standings of one stage, computed from scratch. */
export function computeStandings(input: StageInput): Standings {
  return compute(input, newMemo(input.stage.id, input.stage.criteria));
}

export type StandingsCache = {
  /** Same result as computeStandings(input), reusing what did not change. */
  compute(input: StageInput): Standings;
  clear(): void;
  /** Memoized sheet totals (all stages). */
  size(): number;
};

/**
 * A memo per stage: sheet totals by sheet id and per-entry results. A changed rubric drops
 * the stage's memo. Sheet versions are immutable, so an id always means the same values.
 */
export function createStandingsCache(): StandingsCache {
  const memos = new Map<Id, Memo>();
  return {
    compute(input) {
      const { stage } = input;
      let memo = memos.get(stage.id);
      if (!memo || memo.rubricKey !== rubricKeyOf(stage.id, stage.criteria)) memos.set(stage.id, (memo = newMemo(stage.id, stage.criteria)));
      // Drop totals of sheets no longer passed, so memory follows the stage, not its history.
      if (memo.sheets.size > 2 * input.sheets.length + 64) {
        const live = new Set(input.sheets.map((s) => s.id));
        for (const id of memo.sheets.keys()) if (!live.has(id)) memo.sheets.delete(id);
      }
      return compute(input, memo);
    },
    clear() {
      memos.clear();
    },
    size() {
      let n = 0;
      for (const m of memos.values()) n += m.sheets.size;
      return n;
    },
  };
}
