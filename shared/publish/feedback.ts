// Feedback for every innovator (lembar umpan balik): per entry of a stage, its score per
// criterion beside the median and the best of its category, its place, and the jurors'
// comments the organizer released. Pure: the same sheets the standings count (counted.ts:
// the latest submitted version of each non-recused juror of the entry's panel), exact
// integer means rounded once to hundredths of a point. Comments arrive already filtered
// (approved, current) and carry no juror: the caller decides what is released.
import { divRound } from '../fixed.js';
import type { Category, Entry, EntryPhase, Id, Juror, SheetVersion, Stage } from '../model.js';
import { newMemo, selectCounted } from '../scoring/counted.js';
import { isSettled } from '../scoring/state.js';
import type { Standings } from '../scoring/types.js';

export type FeedbackCriterion = {
  criterionId: Id;
  name: string;
  weightBp: number;
  minX100: number;
  maxX100: number;
  /** Mean of the counted sheets' values, hundredths; null when not scored. */
  entryX100: number | null;
  /** Median and best of the category's scored entries on this criterion, hundredths. */
  medianX100: number | null;
  bestX100: number | null;
};

export type FeedbackSheet = {
  entryId: Id;
  code: string;
  title: string;
  institution: string;
  categoryId: Id;
  categoryName: string;
  /** Place in the category (competition rank); null when not scored. */
  place: number | null;
  tied: boolean;
  /** Entries ranked in the category. */
  rankedInCategory: number;
  scoreMicro: number | null;
  sheetCount: number;
  criteria: FeedbackCriterion[];
  /** Released comments, anonymous, in a fixed order that does not follow the jurors. */
  comments: string[];
  /** Not settled (locked, or out of the stage): the sheet says SEMENTARA / PROVISIONAL. */
  provisional: boolean;
};

export type FeedbackInput = {
  stage: Stage;
  entries: readonly Entry[];
  jurors: readonly Juror[];
  categories: readonly Category[];
  /** Current versions of the stage's sheets (drafts included; only submitted ones count). */
  sheets: readonly SheetVersion[];
  standings: Standings;
  phase: (entryId: Id) => EntryPhase;
  /** entryId -> released comment texts. */
  comments: ReadonlyMap<Id, readonly string[]>;
};

/** Mean of hundredths, rounded once (half away from zero) to hundredths. */
export function meanX100(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + BigInt(b), 0n);
  return Number(divRound(sum, BigInt(values.length)));
}

/** Median of hundredths (the mean of the two middle values for an even count, rounded). */
export function medianX100(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length % 2 === 1) return s[mid] ?? null;
  return Number(divRound(BigInt(s[mid - 1] ?? 0) + BigInt(s[mid] ?? 0), 2n));
}

/** Per entry x criterion means of the counted sheets (null = not scored). */
export function criterionMeans(
  stage: Stage,
  entries: readonly Entry[],
  jurors: readonly Juror[],
  sheets: readonly SheetVersion[],
): Map<Id, Map<Id, number | null>> {
  const counted = selectCounted(stage, entries, jurors, sheets, newMemo(stage));
  const out = new Map<Id, Map<Id, number | null>>();
  entries.forEach((e, i) => {
    const rows = counted.sheets[i] ?? [];
    const m = new Map<Id, number | null>();
    for (const c of stage.criteria)
      m.set(
        c.id,
        meanX100(
          rows.flatMap((r) => (typeof r.values[c.id] === 'number' ? [r.values[c.id]!] : [])),
        ),
      );
    out.set(e.id, m);
  });
  return out;
}

export function buildFeedback(input: FeedbackInput): FeedbackSheet[] {
  const { stage, standings } = input;
  const means = criterionMeans(stage, input.entries, input.jurors, input.sheets);
  const categories = new Map(input.categories.map((c) => [c.id, c]));
  const rows = new Map(standings.overall.map((r) => [r.entryId, r]));
  const byCategory = new Map<Id, Entry[]>();
  for (const e of input.entries)
    byCategory.set(e.categoryId, [...(byCategory.get(e.categoryId) ?? []), e]);
  // Median and best per category x criterion, over the entries scored on it.
  const stats = new Map<string, { median: number | null; best: number | null }>();
  for (const [catId, list] of byCategory)
    for (const c of stage.criteria) {
      const vals = list.flatMap((e) => {
        const v = means.get(e.id)?.get(c.id);
        return v === null || v === undefined ? [] : [v];
      });
      stats.set(`${catId}\u0000${c.id}`, {
        median: medianX100(vals),
        best: vals.length > 0 ? Math.max(...vals) : null,
      });
    }
  const categoryOrder = (e: Entry) => categories.get(e.categoryId)?.order ?? 0;
  return [...input.entries]
    .sort(
      (a, b) =>
        categoryOrder(a) - categoryOrder(b) ||
        a.categoryId.localeCompare(b.categoryId) ||
        a.code.localeCompare(b.code, 'id', { numeric: true }),
    )
    .map((e): FeedbackSheet => {
      const row =
        standings.byCategory[e.categoryId]?.find((r) => r.entryId === e.id) ?? rows.get(e.id);
      const ranked = (standings.byCategory[e.categoryId] ?? []).filter((r) => r.rank !== null);
      return {
        entryId: e.id,
        code: e.code,
        title: e.title,
        institution: e.institution,
        categoryId: e.categoryId,
        categoryName: categories.get(e.categoryId)?.name ?? '',
        place: row?.rank ?? null,
        tied: row?.tied ?? false,
        rankedInCategory: ranked.length,
        scoreMicro: row?.scoreMicro ?? null,
        sheetCount: row?.sheetCount ?? 0,
        criteria: stage.criteria.map((c) => {
          const st = stats.get(`${e.categoryId}\u0000${c.id}`);
          return {
            criterionId: c.id,
            name: c.name,
            weightBp: c.weightBp,
            minX100: c.minX100,
            maxX100: c.maxX100,
            entryX100: means.get(e.id)?.get(c.id) ?? null,
            medianX100: st?.median ?? null,
            bestX100: st?.best ?? null,
          };
        }),
        comments: [...(input.comments.get(e.id) ?? [])].sort((a, b) => a.localeCompare(b, 'id')),
        provisional: !isSettled(input.phase(e.id)),
      };
    });
}
