// What the list and the sheet say about one entry, from the server's view plus what only
// this device knows (an unsent draft, a waiting submission). Pure.
import { acceptsSheets } from '../../shared/scoring/state.js';
import type { JurorEntryView } from '../../shared/contract/views.js';
import { sameContent, type LocalDraft } from './drafts.js';
import type { OutboxItem } from './outbox-policy.js';

export type EntryStatus =
  'not-scored' | 'draft' | 'submitted' | 'pending-edit' | 'waiting' | 'locked';

export function entryStatus(
  view: JurorEntryView,
  draft: LocalDraft | null,
  queued: readonly OutboxItem[],
): EntryStatus {
  if (view.phase === 'locked') return 'locked';
  const mine = queued.filter((q) => q.entryId === view.entry.id);
  if (mine.some((q) => q.status === 'submitted')) return 'waiting';
  // A change after a submission is a pending edit until submitted: the submitted sheet counts.
  if (view.mySheet?.submitted) {
    const unsent = draft?.unsynced === true && !sameContent(draft, view.mySheet.submitted);
    return view.mySheet.pendingEdit || unsent ? 'pending-edit' : 'submitted';
  }
  if (view.mySheet?.status === 'draft') return 'draft';
  if (draft && Object.values(draft.values).some((v) => v !== null)) return 'draft';
  if (draft && draft.comment.trim() !== '') return 'draft';
  return 'not-scored';
}

/**
 * Values the sheet shows: the juror's unsent edits, else the server's latest version (a
 * pending edit included), else empty. A locked entry shows the sheet that counts: the
 * submitted version (a pending edit left at the lock is not counted).
 */
export function shownContent(view: JurorEntryView, draft: LocalDraft | null) {
  if (view.phase === 'locked' && view.mySheet?.submitted)
    return { values: view.mySheet.submitted.values, comment: view.mySheet.submitted.comment };
  if (view.phase !== 'locked' && draft?.unsynced)
    return { values: draft.values, comment: draft.comment };
  if (view.mySheet) return { values: view.mySheet.values, comment: view.mySheet.comment };
  return { values: {}, comment: '' };
}

export type SheetMode = 'editable' | 'draft-only' | 'queued' | 'closed' | 'locked';

/** What the juror may do with the sheet in this phase, by the scoring engine's own rule. */
export function sheetMode(phase: JurorEntryView['phase']): SheetMode {
  if (acceptsSheets(phase, 'submitted')) return 'editable';
  if (acceptsSheets(phase, 'draft')) return 'draft-only';
  if (phase === 'locked') return 'locked';
  // Out of the stage (did not advance): closed for this juror like a closed entry.
  return phase === 'closed' || phase === 'out' ? 'closed' : 'queued';
}
