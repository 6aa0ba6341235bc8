// The scoring engine's public API. Pure TypeScript: no database, no socket, no clock.
export {
  sheetTotalMicro,
  sheetTotalNumerator,
  rubricDenominator,
  validateSheetValues,
  levelFor,
  sameSheetContent,
  isPendingEdit,
} from './sheet.js';
export type { SheetIssue, SheetIssueCode } from './sheet.js';
export { isRecused, expectedJurors, normalizeInstitution } from './recusal.js';
export {
  aggregateRaw,
  aggregateAdjusted,
  zscoreAdjust,
  adjustedTotal,
  entryBase,
  withZscore,
} from './aggregate.js';
export type { ScoredSheet, ZscoreResult, EntryContext } from './aggregate.js';
export { aggregationMethods, aggregationNames, isAggregation, methodOf } from './methods.js';
export type { AggregationMethod } from './methods.js';
export { rankResults, tieBreakChain } from './rank.js';
export type { RankContext, TieBreakKey } from './rank.js';
export { computeStandings, createStandingsCache } from './standings.js';
export type { StandingsCache } from './standings.js';
export { combineStages } from './combine.js';
export type { StagePart } from './combine.js';
export {
  transition,
  allowedActions,
  acceptsSheets,
  isSettled,
  displayPhase,
  progressCell,
  entryActions,
} from './state.js';
export type { EntryAction, DisplayPhase, TransitionResult } from './state.js';
export type * from './types.js';
