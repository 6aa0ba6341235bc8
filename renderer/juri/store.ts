// The juror pad's one store: session, connection, the latest snapshot, local drafts and the
// outbox. React reads it; the socket and the timers live in ./sync.ts and call back here.
import { create } from 'zustand';
import type { ErrorEnvelope } from '../../shared/contract/errors.js';
import type { JurorSnapshot, SheetSaveReply } from '../../shared/contract/views.js';
import type { ConnectionStatus, TransportFailure } from '../common/socket-client.js';
import { loadDraft, sameContent, saveDraft, type LocalDraft } from './drafts.js';
import type { OutboxItem } from './outbox-policy.js';
import { saveCachedSnapshot, saveSession, type Session } from './session.js';

export type Receipt = { submissionId: string; version: number; at: number; duplicate: boolean };
export type Rejection = {
  submissionId: string;
  entryId: string;
  code: string;
  error: ErrorEnvelope;
  at: number;
  /** What the juror tried to submit, kept to tell them (and the organizers) what was not recorded. */
  values: OutboxItem['values'];
};

export type PadState = {
  page: 'join' | 'pad';
  joining: boolean;
  joinError: ErrorEnvelope | TransportFailure | null;
  connection: ConnectionStatus;
  session: Session | null;
  snapshot: JurorSnapshot | null;
  /** Add to Date.now() to estimate the server clock. */
  offsetMs: number;
  /** The snapshot came from this device's cache, not (yet) from the server. */
  fromCache: boolean;
  /** Show the now-presenting entry; false once the juror opens another entry. */
  follow: boolean;
  selectedEntryId: string | null;
  outbox: OutboxItem[];
  drafts: Record<string, LocalDraft>;
  receipts: Record<string, Receipt>;
  rejections: Rejection[];
  /** False when IndexedDB is refused: waiting sheets live in memory only. */
  outboxPersistent: boolean;
};

export const initialPadState: PadState = {
  page: 'join',
  joining: false,
  joinError: null,
  connection: { state: 'connecting', error: null },
  session: null,
  snapshot: null,
  offsetMs: 0,
  fromCache: false,
  follow: true,
  selectedEntryId: null,
  outbox: [],
  drafts: {},
  receipts: {},
  rejections: [],
  outboxPersistent: true,
};

export const usePad = create<PadState>()(() => initialPadState);

const get = usePad.getState;
const set = usePad.setState;

/** The entry on screen: the presenting one while following the stage, else the juror's pick. */
export function openEntryId(s: PadState): string | null {
  const ids = new Set(s.snapshot?.entries.map((e) => e.entry.id) ?? []);
  const presenting = s.snapshot?.live.presentingEntryId ?? null;
  if (s.follow && presenting !== null && ids.has(presenting)) return presenting;
  if (s.selectedEntryId !== null && ids.has(s.selectedEntryId)) return s.selectedEntryId;
  return presenting !== null && ids.has(presenting)
    ? presenting
    : (s.snapshot?.entries[0]?.entry.id ?? null);
}

export function selectEntry(entryId: string): void {
  const presenting = get().snapshot?.live.presentingEntryId ?? null;
  set({ selectedEntryId: entryId, follow: entryId === presenting });
}

export function followStage(): void {
  set({ follow: true });
}

/** Applies a snapshot from the server (already checked to be newer). */
export function applySnapshot(snap: JurorSnapshot, localNow: number): void {
  const prev = get();
  // Drafts are kept per juror and stage: reload them when either changes.
  const reloadDrafts =
    prev.snapshot?.juror.id !== snap.juror.id || prev.snapshot?.stage.id !== snap.stage.id;
  const presentingChanged = prev.snapshot?.live.presentingEntryId !== snap.live.presentingEntryId;
  const drafts = reloadDrafts ? loadDrafts(snap) : { ...prev.drafts };
  // A draft whose content the server now holds is no longer "unsent".
  for (const view of snap.entries) {
    const d = drafts[view.entry.id];
    if (d?.unsynced && view.mySheet && sameContent(d, view.mySheet)) {
      const settled = { ...d, unsynced: false };
      drafts[view.entry.id] = settled;
      saveDraft(snap.juror.id, snap.stage.id, view.entry.id, settled);
    }
  }
  const session: Session = { token: snap.juror.token, jurorId: snap.juror.id };
  saveSession(session);
  const offsetMs = snap.serverNow - localNow;
  saveCachedSnapshot({ snapshot: snap, offsetMs });
  set({
    page: 'pad',
    joining: false,
    joinError: null,
    session,
    snapshot: snap,
    offsetMs,
    fromCache: false,
    drafts,
    // The organizer moved the stage on: the pad follows (drafts stay safe on the device).
    follow: presentingChanged && snap.live.presentingEntryId !== null ? true : prev.follow,
  });
}

function loadDrafts(snap: JurorSnapshot): Record<string, LocalDraft> {
  const out: Record<string, LocalDraft> = {};
  for (const v of snap.entries) {
    const d = loadDraft(snap.juror.id, snap.stage.id, v.entry.id);
    if (d) out[v.entry.id] = d;
  }
  return out;
}

export function restoreFromCache(
  session: Session,
  snap: JurorSnapshot | null,
  offsetMs: number,
): void {
  set({
    ...initialPadState,
    page: 'pad',
    session,
    snapshot: snap,
    offsetMs,
    fromCache: snap !== null,
    drafts: snap ? loadDrafts(snap) : {},
  });
}

/** The juror typed: keep it on the device at once. */
export function editDraft(
  entryId: string,
  content: { values: LocalDraft['values']; comment: string },
): LocalDraft | null {
  const snap = get().snapshot;
  if (!snap) return null;
  const draft: LocalDraft = { ...content, savedAt: Date.now(), unsynced: true };
  saveDraft(snap.juror.id, snap.stage.id, entryId, draft);
  set({ drafts: { ...get().drafts, [entryId]: draft } });
  return draft;
}

export function setOutbox(update: (items: OutboxItem[]) => OutboxItem[]): void {
  set({ outbox: update(get().outbox) });
}

/** The server stored an item (or had it already): record it and settle the local draft. */
export function acknowledge(item: OutboxItem, reply: SheetSaveReply): void {
  const s = get();
  const drafts = { ...s.drafts };
  const d = drafts[item.entryId];
  if (d?.unsynced && sameContent(d, item) && s.snapshot) {
    const settled = { ...d, unsynced: false };
    drafts[item.entryId] = settled;
    saveDraft(s.snapshot.juror.id, item.stageId, item.entryId, settled);
  }
  const receipts =
    item.status === 'submitted'
      ? {
          ...s.receipts,
          [item.entryId]: {
            submissionId: item.submissionId,
            version: reply.version,
            at: Date.now(),
            duplicate: reply.duplicate,
          },
        }
      : s.receipts;
  set({
    drafts,
    receipts,
    rejections: s.rejections.filter((r) => r.entryId !== item.entryId),
  });
}

export function reject(item: OutboxItem, error: ErrorEnvelope): void {
  if (item.status !== 'submitted') return; // a refused draft stays on the device; the sheet says why
  const s = get();
  const receipts = { ...s.receipts };
  delete receipts[item.entryId];
  set({
    receipts,
    rejections: [
      ...s.rejections.filter((r) => r.entryId !== item.entryId),
      {
        submissionId: item.submissionId,
        entryId: item.entryId,
        code: error.code,
        error,
        at: Date.now(),
        values: item.values,
      },
    ],
  });
}

export function dismissRejection(submissionId: string): void {
  set({ rejections: get().rejections.filter((r) => r.submissionId !== submissionId) });
}
