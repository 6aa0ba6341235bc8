// Pure rules of the outbox: what an item is, which server answers end it, and which queued
// items a new one makes pointless. No storage, no socket: tested in test/renderer.
import type { ErrorCode } from '../../shared/contract/errors.js';
import type { SheetStatus, SheetValues } from '../../shared/model.js';

export type OutboxItem = {
  submissionId: string;
  jurorId: string;
  entryId: string;
  stageId: string;
  status: SheetStatus;
  values: SheetValues;
  comment: string;
  /** Local clock, for ordering only; seq breaks ties within a millisecond. */
  createdAt: number;
  seq: number;
  attempts: number;
};

/**
 * Codes that will not change by sending again: the item leaves the outbox and, for a
 * submitted sheet, the juror is told clearly. Anything else (storage failed, internal,
 * rate limited, no answer) keeps the item for the next attempt.
 */
const finalCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'BAD_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'NOT_YOUR_PANEL',
  'RECUSED',
  'LOCKED',
  'SCORING_CLOSED',
  'SCORE_OUT_OF_RANGE',
  'SCORE_OFF_STEP',
  'INCOMPLETE_SHEET',
  'UNKNOWN_CRITERION',
  'SUBMISSION_REUSED',
]);

export function isFinalError(code: string): boolean {
  return finalCodes.has(code as ErrorCode);
}

/**
 * Queued items made pointless by a new one for the same sheet: a newer draft replaces older
 * drafts; a submission replaces drafts. Submissions are never dropped (each is a version
 * the juror confirmed). The item being sent right now is left alone.
 */
export function supersededBy(
  next: OutboxItem,
  queued: readonly OutboxItem[],
  inFlightId: string | null,
): string[] {
  return queued
    .filter(
      (q) =>
        q.submissionId !== inFlightId &&
        q.jurorId === next.jurorId &&
        q.entryId === next.entryId &&
        q.stageId === next.stageId &&
        q.status === 'draft',
    )
    .map((q) => q.submissionId);
}

/** Wire payload of an item (the contract's sheet:save input). */
export function payloadOf(item: OutboxItem) {
  return {
    submissionId: item.submissionId,
    entryId: item.entryId,
    stageId: item.stageId,
    status: item.status,
    values: item.values,
    comment: item.comment,
  };
}
