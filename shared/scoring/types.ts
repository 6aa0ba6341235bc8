// Inputs and outputs of the scoring engine. The engine is pure: no database, no socket.
import type { Id, SheetVersion, Stage, Entry, Juror, Category } from '../model.js';

/**
 * Everything the engine needs to rank one stage. Any versions of the stage's sheets may be
 * passed (the current ones, or the whole history): per juror x entry the latest submitted
 * version counts, drafts never do (a draft after a submission is a pending edit).
 */
export type StageInput = {
  stage: Stage;
  entries: Entry[];
  jurors: Juror[];
  categories: Category[];
  /** Versions of the stage's sheets (drafts may be included: they are never counted). */
  sheets: SheetVersion[];
  /** Head-juror decisions for ties the chain could not break: best first. */
  tieDecisions: TieDecision[];
};

export type TieDecision = {
  stageId: Id;
  /** null = the overall ranking. */
  categoryId: Id | null;
  entryIds: Id[];
  decidedBy: string;
  reason: string;
};

export type JurorTotal = {
  jurorId: Id;
  totalMicro: number;
  /** z-score mapped back onto the pool (under every method; the raw total for a flagged juror). */
  adjustedMicro: number | null;
  /** false when the juror kept raw totals (too few sheets, or zero spread). */
  zscoreApplied: boolean;
};

export type EntryResult = {
  entryId: Id;
  categoryId: Id;
  panelId: Id;
  /** Submitted sheets counted. */
  sheetCount: number;
  /** Assigned, non-recused jurors (the panel's jurors minus conflicts). */
  expectedCount: number;
  missingJurorIds: Id[];
  /** The stage's method (methods.ts) over raw juror totals; null when no sheet. */
  rawMicro: number | null;
  /**
   * The stage's method over z-adjusted totals, computed under every method (trimmed: the
   * trimmed mean of adjusted totals; median: their median); null when no sheet.
   */
  adjustedMicro: number | null;
  /**
   * The score that ranks: adjustedMicro when the method ranks adjusted totals (zscore),
   * rawMicro otherwise. The other one is the "other score".
   */
  scoreMicro: number | null;
  /** Aggregated per-criterion value on 0-100 (score / scale max), used by the tie-break. */
  criterionMicro: Record<Id, number | null>;
  jurorTotals: JurorTotal[];
  /** max - min of raw juror totals; null under 2 sheets. */
  spreadMicro: number | null;
  disagreement: boolean;
};

export type RankedRow = EntryResult & {
  /** Competition rank (1, 2, 2, 4); null when not scored (listed last). */
  rank: number | null;
  /** Shares its rank with another entry. */
  tied: boolean;
  /** How it was separated from an entry with the same score: a criterion id, 'other-score', 'head-juror', or null. */
  decidedBy: string | null;
};

export type FlaggedJuror = { jurorId: Id; sheetCount: number; reason: 'few-sheets' | 'no-spread' };

export type Standings = {
  stageId: Id;
  aggregation: Stage['rules']['aggregation'];
  overall: RankedRow[];
  byCategory: Record<Id, RankedRow[]>;
  flaggedJurors: FlaggedJuror[];
};

export type CombinedRow = {
  entryId: Id;
  categoryId: Id;
  /** Per stage score used (null = missing). */
  stageMicro: Record<Id, number | null>;
  combinedMicro: number | null;
  rank: number | null;
  tied: boolean;
};
