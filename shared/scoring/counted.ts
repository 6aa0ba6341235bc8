// Which sheets count, fast: the latest *submitted* version per entry x juror, from a
// juror of the entry's panel who is not recused (the rule of recusal.ts, with conflicts
// normalized once). A draft never counts and never hides the submitted version before
// it: a draft saved after a submission is a pending edit. Keeps a memo between calls:
// one slot per sheet id (versions are immutable) holding its exact total and its place
// in the entry x juror table.
import type { Criterion, Entry, Id, Juror, SheetVersion, Stage } from '../model.js';
import { divRound } from '../fixed.js';
import type { ScoredSheet } from './aggregate.js';
import { normalizeInstitution as norm } from './recusal.js';
import { rubricDenominator, sheetTotalNumerator } from './sheet.js';
import type { EntryResult } from './types.js';

type SheetSlot = {
  sheet: SheetVersion;
  /** undefined = not computed yet; null = a submitted sheet with an empty criterion (never counted). */
  rec: ScoredSheet | null | undefined;
  /** Table cell (entry index * jurors + juror index) under layout `layout`; -1 = not in the stage. */
  cell: number;
  layout: number;
};

export type EntryMemo = {
  sheets: ScoredSheet[];
  expected: Juror[];
  ctxKey: string;
  base: EntryResult;
};

export type Memo = {
  rubricKey: string;
  denominator: bigint;
  slots: Map<Id, SheetSlot>;
  entries: Map<Id, EntryMemo>;
  layoutKey: string;
  layout: number;
  table: Array<SheetSlot | undefined>;
};

export const rubricKeyOf = (stageId: Id, criteria: readonly Criterion[]) =>
  `${stageId}|${criteria.map((c) => `${c.id}:${c.weightBp}:${c.maxX100}`).join(',')}`;

export function newMemo(stage: Stage): Memo {
  return {
    rubricKey: rubricKeyOf(stage.id, stage.criteria),
    denominator: rubricDenominator(stage.criteria),
    slots: new Map(),
    entries: new Map(),
    layoutKey: '',
    layout: 0,
    table: [],
  };
}

/** Drops slots of sheets no longer passed, so memory follows the stage, not its history. */
export function pruneMemo(memo: Memo, sheets: readonly SheetVersion[]): void {
  if (memo.slots.size <= 2 * sheets.length + 64) return;
  const live = new Set(sheets.map((s) => s.id));
  for (const id of memo.slots.keys()) if (!live.has(id)) memo.slots.delete(id);
}

function scoredOf(
  slot: SheetSlot,
  criteria: readonly Criterion[],
  denominator: bigint,
): ScoredSheet | null {
  if (slot.rec !== undefined) return slot.rec;
  const s = slot.sheet;
  const n = sheetTotalNumerator(criteria, s.values, denominator);
  slot.rec =
    n === null
      ? null
      : {
          sheetId: s.id,
          jurorId: s.jurorId,
          entryId: s.entryId,
          values: s.values,
          numerator: n,
          num: Number.isSafeInteger(Number(n)) ? Number(n) : null,
          totalMicro: Number(divRound(n, denominator)),
        };
  return slot.rec;
}

export type Counted = {
  /** Per entry (input order): counted sheets in seating order, their juror indexes, expected jurors. */
  sheets: ScoredSheet[][];
  jurorIndex: number[][];
  expected: Juror[][];
};

export function selectCounted(
  stage: Stage,
  entries: readonly Entry[],
  jurors: readonly Juror[],
  sheets: readonly SheetVersion[],
  memo: Memo,
): Counted {
  const nJ = jurors.length;
  const layoutKey = `${entries.map((e) => e.id).join('\n')}\u0001${jurors.map((j) => j.id).join('\n')}`;
  if (layoutKey !== memo.layoutKey) {
    memo.layoutKey = layoutKey;
    memo.layout += 1;
  }
  let entryIndex: Map<Id, number> | null = null;
  let jurorIndex: Map<Id, number> | null = null;
  const table = memo.table;
  table.length = entries.length * nJ;
  table.fill(undefined);
  for (const s of sheets) {
    let slot = memo.slots.get(s.id);
    if (!slot) memo.slots.set(s.id, (slot = { sheet: s, rec: undefined, cell: -1, layout: -1 }));
    if (slot.layout !== memo.layout) {
      entryIndex ??= new Map(entries.map((e, i) => [e.id, i]));
      jurorIndex ??= new Map(jurors.map((j, i) => [j.id, i]));
      const e = entryIndex.get(s.entryId);
      const j = jurorIndex.get(s.jurorId);
      slot.cell = s.stageId === stage.id && e !== undefined && j !== undefined ? e * nJ + j : -1;
      slot.layout = memo.layout;
    }
    // Drafts never enter the table: the counted sheet is the latest submitted version.
    if (slot.cell < 0 || s.status !== 'submitted') continue;
    const prev = table[slot.cell];
    if (!prev || s.version > prev.sheet.version) table[slot.cell] = slot;
  }

  // Conflicts normalized once per call; panels list their jurors in seating order.
  const panels = new Map<
    Id,
    Array<{ juror: Juror; index: number; institutions: Set<string>; entryIds: Set<Id> }>
  >();
  jurors.forEach((juror, index) => {
    const list = panels.get(juror.panelId) ?? [];
    list.push({
      juror,
      index,
      institutions: new Set(juror.conflictInstitutions.map(norm).filter((x) => x !== '')),
      entryIds: new Set(juror.conflictEntryIds),
    });
    panels.set(juror.panelId, list);
  });
  const out: Counted = { sheets: [], jurorIndex: [], expected: [] };
  entries.forEach((e, ei) => {
    const inst = norm(e.institution);
    const counted: ScoredSheet[] = [];
    const js: number[] = [];
    const expected: Juror[] = [];
    for (const info of panels.get(e.panelId) ?? []) {
      if (info.entryIds.has(e.id) || (inst !== '' && info.institutions.has(inst))) continue;
      expected.push(info.juror);
      const slot = table[ei * nJ + info.index];
      if (!slot) continue;
      const rec = scoredOf(slot, stage.criteria, memo.denominator);
      if (!rec) continue;
      counted.push(rec);
      js.push(info.index);
    }
    out.sheets.push(counted);
    out.jurorIndex.push(js);
    out.expected.push(expected);
  });
  return out;
}
