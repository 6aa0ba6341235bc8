// An entry's life in a stage: queued -> presenting -> scoring -> closed -> locked, plus the
// derived "complete". Pure rules only: who may trigger an action is the server's business.
import { hasReason, type EntryPhase, type SheetStatus } from '../model.js';
import type { ProgressCell } from '../contract/views.js';

export const entryActions = ['present', 'open', 'close', 'lock', 'reopen', 'requeue'] as const;
export type EntryAction = (typeof entryActions)[number];

export type DisplayPhase = EntryPhase | 'complete';

export type TransitionResult =
  { ok: true; phase: EntryPhase } | { ok: false; code: 'BAD_TRANSITION' | 'REASON_REQUIRED' };

/** From-phases and the target of every action. A no-op (present while presenting) is refused. */
const table: Record<EntryAction, { from: readonly EntryPhase[]; to: EntryPhase }> = {
  // An entry "out" of the stage (closed with the stage unpresented) comes back by presenting it.
  present: { from: ['queued', 'closed', 'out'], to: 'presenting' },
  open: { from: ['queued', 'presenting', 'closed', 'out'], to: 'scoring' },
  close: { from: ['scoring'], to: 'closed' },
  lock: { from: ['scoring', 'closed'], to: 'locked' },
  // Reopening a lock re-opens scoring so jurors can revise; the reason goes to the audit log.
  reopen: { from: ['locked'], to: 'scoring' },
  requeue: { from: ['presenting'], to: 'queued' },
};

export function transition(
  phase: EntryPhase,
  action: EntryAction,
  reason?: string | null,
): TransitionResult {
  const rule = table[action];
  if (!rule.from.includes(phase)) return { ok: false, code: 'BAD_TRANSITION' };
  if (action === 'reopen' && !hasReason(reason)) return { ok: false, code: 'REASON_REQUIRED' };
  return { ok: true, phase: rule.to };
}

/**
 * Settled in a stage: locked, or out of it (did not advance). A result is final when every
 * entry of it is settled; an "out" entry is not ranked in the stage.
 */
export function isSettled(phase: EntryPhase): boolean {
  return phase === 'locked' || phase === 'out';
}

/** Actions allowed from a phase (reopen still needs a reason). */
export function allowedActions(phase: EntryPhase): EntryAction[] {
  return entryActions.filter((a) => table[a].from.includes(phase));
}

/** Submitted sheets only while scoring is open; drafts also while the entry is on stage. */
export function acceptsSheets(phase: EntryPhase, status: SheetStatus): boolean {
  if (phase === 'scoring') return true;
  return phase === 'presenting' && status === 'draft';
}

/**
 * Adds the derived "complete": scoring or closed, and every expected juror submitted.
 * An entry with no expected juror is never "complete" (nobody can score it: a setup problem).
 */
export function displayPhase(
  phase: EntryPhase,
  expectedCount: number,
  submittedCount: number,
): DisplayPhase {
  if (
    (phase === 'scoring' || phase === 'closed') &&
    expectedCount > 0 &&
    submittedCount >= expectedCount
  )
    return 'complete';
  return phase;
}

/** One cell of the organizer's progress grid (entry x juror); see ProgressCell. */
export function progressCell(args: {
  phase: EntryPhase;
  recused: boolean;
  /** The latest version's status (a draft may follow a submission), null = no sheet. */
  sheetStatus: SheetStatus | null;
  /** A submitted version exists (it counts, whatever came after it). */
  hasSubmitted: boolean;
}): ProgressCell {
  if (args.recused) return 'recused';
  const pending = args.hasSubmitted && args.sheetStatus === 'draft';
  if (args.phase === 'locked') {
    if (!args.hasSubmitted) return 'missing';
    return pending ? 'pending-edit' : 'locked';
  }
  if (pending) return 'pending-edit';
  if (args.hasSubmitted) return 'submitted';
  return args.sheetStatus ?? 'not-scored';
}
