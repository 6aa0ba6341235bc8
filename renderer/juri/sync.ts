// The pad's side effects: one socket connection, the outbox sender and the draft timer.
// Every sheet goes into IndexedDB first, then is sent; it leaves the outbox only when the
// server answered for it (stored, already stored, or refused for good). Sending is one
// item at a time in creation order, so versions reach the server in the juror's order:
// the loop is the one shared with the voting phone (renderer/common/outbox-loop.ts).
import type { JurorAuth } from '../../shared/contract/events.js';
import type { SheetSaveReply } from '../../shared/contract/views.js';
import { holdReload, policyReload } from '../common/policy-reload.js';
import { createClient, isNewerSnapshot, type Client } from '../common/socket-client.js';
import { newId } from '../common/ids.js';
import { outboxLoop } from '../common/outbox-loop.js';
import { sameContent } from './drafts.js';
import { isFinalError, payloadOf, supersededBy, type OutboxItem } from './outbox-policy.js';
import {
  outboxIsPersistent,
  outboxItems,
  putOutboxItem,
  removeOutboxItems,
} from './outbox-store.js';
import {
  acknowledge,
  applySnapshot,
  editDraft,
  initialPadState,
  reject,
  restoreFromCache,
  setOutbox,
  usePad,
} from './store.js';
import {
  deviceId,
  loadCachedSnapshot,
  loadSession,
  saveCachedSnapshot,
  saveSession,
  stripHashFromAddressBar,
  tokenFromHash,
} from './session.js';
import { acceptsSheets } from '../../shared/scoring/state.js';

const RETRY_MS = 5000;
const DRAFT_IDLE_MS = 1500;
const SAVE_TIMEOUT_MS = 15_000;

let client: Client<'juror'> | null = null;
let seq = 0;
let stopRetry: (() => void) | undefined;
let throttleTimer: ReturnType<typeof setTimeout> | undefined;
let freshConnection = false;
let reportedCount = -1;
let outboxLoadedFor: string | null = null;
const draftTimers = new Map<string, ReturnType<typeof setTimeout>>();
/** Sheets being written to the outbox (not yet on disk). */
let enqueuing = 0;

const get = usePad.getState;

// The pad may reload to follow the venue to a standby (policy-reload.ts): drafts are in
// localStorage at every keystroke and sheets in IndexedDB, both kept by a same-origin
// reload. Not while a sheet is on its way to either or to the server, a draft waits for
// its send timer, or the outbox lives in memory only (no IndexedDB) and holds sheets.
holdReload(
  () =>
    outbox.inFlightId() !== null ||
    enqueuing > 0 ||
    draftTimers.size > 0 ||
    (!outboxIsPersistent() && get().outbox.length > 0),
);

/** Page start: a QR token in the address bar, else a stored session, else the join page. */
export function startPad(): void {
  const hashToken = tokenFromHash(window.location.hash);
  stripHashFromAddressBar();
  let session = loadSession();
  if (hashToken !== null && hashToken !== session?.token) {
    session = { token: hashToken, jurorId: null };
    saveSession(session);
  }
  if (!session) return;
  const cached = loadCachedSnapshot(session.jurorId);
  restoreFromCache(session, cached?.snapshot ?? null, cached?.offsetMs ?? 0);
  if (session.jurorId !== null) void loadOutbox(session.jurorId);
  connect({ token: session.token }, 'token');
}

export function joinWithPin(pin: string): void {
  usePad.setState({ joining: true, joinError: null });
  connect({ pin }, 'pin');
}

export function signOut(): void {
  stop();
  saveSession(null);
  saveCachedSnapshot(null);
  outboxLoadedFor = null;
  usePad.setState({ ...initialPadState });
}

function stop(): void {
  client?.close();
  client = null;
  stopRetry?.();
  clearTimeout(throttleTimer);
  for (const t of draftTimers.values()) clearTimeout(t);
  draftTimers.clear();
}

function connect(auth: JurorAuth, via: 'pin' | 'token'): void {
  stop();
  // A pad sends only to the venue's primary: a standby (read-only) or a replaced laptop
  // sends it looking for the one that takes its sheets (socket-client.ts, venue-follow.ts).
  const c = createClient(
    'juror',
    { ...auth, device: deviceId() },
    { moveOn: ['REPLACED', 'STANDBY'], onVenue: policyReload() },
  );
  client = c;
  c.onStatus((status) => {
    usePad.setState({ connection: status });
    if (status.state === 'online') {
      freshConnection = true;
      reportedCount = -1;
    } else if (status.state === 'refused' && status.error) {
      const code = status.error.code;
      if (via === 'pin' || code === 'UNAUTHORIZED' || code === 'REVOKED') {
        // The code is no good (or the PIN attempt was throttled): back to the join page.
        stop();
        if (code === 'UNAUTHORIZED' || code === 'REVOKED') {
          // The stored rejoin token belongs to a code that no longer works: forget it.
          saveSession(null);
          saveCachedSnapshot(null);
        }
        usePad.setState({ ...initialPadState, joinError: status.error, connection: status });
      } else {
        // A known token throttled (e.g. many reconnects from a flaky laptop): try again later.
        throttleTimer = setTimeout(() => client?.reconnect(), 10_000);
      }
    } else if (status.state === 'offline' && via === 'pin' && get().joining) {
      stop();
      usePad.setState({
        joining: false,
        joinError: { ok: false, code: 'OFFLINE', transport: true },
      });
    }
  });
  c.onSnapshot((snap) => {
    const current = get().fromCache || freshConnection ? null : get().snapshot;
    if (!isNewerSnapshot(current, snap)) return; // a late, older packet
    freshConnection = false;
    applySnapshot(snap, Date.now());
    if (outboxLoadedFor !== snap.juror.id) void loadOutbox(snap.juror.id).then(flush);
    else void flush();
  });
  stopRetry = outbox.retryEvery(RETRY_MS);
}

async function loadOutbox(jurorId: string): Promise<void> {
  outboxLoadedFor = jurorId;
  const items = await outboxItems(jurorId);
  setOutbox((current) => {
    const known = new Set(current.map((i) => i.submissionId));
    return [...current, ...items.filter((i) => !known.has(i.submissionId))].sort(
      (a, b) => a.createdAt - b.createdAt || a.seq - b.seq,
    );
  });
}

/** The juror typed on a sheet: kept on the device now, sent as a draft once they pause. */
export function typeOnSheet(
  entryId: string,
  content: { values: Record<string, number | null>; comment: string },
): void {
  if (!editDraft(entryId, content)) return;
  clearTimeout(draftTimers.get(entryId));
  draftTimers.set(
    entryId,
    setTimeout(() => void queueDraft(entryId), DRAFT_IDLE_MS),
  );
}

async function queueDraft(entryId: string): Promise<void> {
  draftTimers.delete(entryId);
  const s = get();
  const view = s.snapshot?.entries.find((e) => e.entry.id === entryId);
  const draft = s.drafts[entryId];
  if (!s.snapshot || !view || !draft?.unsynced) return;
  if (!acceptsSheets(view.phase, 'draft')) return; // the server would refuse it: it stays local
  // After a submission a draft is a pending edit on the server: shown to the desk, never
  // counted; the submitted sheet counts until the juror submits a revision.
  if (view.mySheet && sameContent(draft, view.mySheet)) return;
  await enqueue('draft', entryId, draft);
}

/** Submit (after the juror confirmed): into the outbox first, then sent. */
export async function submitSheet(
  entryId: string,
  content: { values: Record<string, number | null>; comment: string },
): Promise<void> {
  clearTimeout(draftTimers.get(entryId));
  draftTimers.delete(entryId);
  editDraft(entryId, content);
  await enqueue('submitted', entryId, content);
}

async function enqueue(
  status: OutboxItem['status'],
  entryId: string,
  content: { values: OutboxItem['values']; comment: string },
): Promise<void> {
  const snap = get().snapshot;
  if (!snap) return;
  const item: OutboxItem = {
    submissionId: newId(),
    jurorId: snap.juror.id,
    entryId,
    stageId: snap.stage.id,
    status,
    values: { ...content.values },
    comment: content.comment,
    createdAt: Date.now(),
    seq: seq++,
    attempts: 0,
  };
  enqueuing++;
  try {
    await putOutboxItem(item); // on disk before any attempt to send
  } finally {
    enqueuing--;
  }
  if (!outboxIsPersistent()) usePad.setState({ outboxPersistent: false });
  const superseded = supersededBy(item, get().outbox, outbox.inFlightId());
  if (superseded.length > 0) await removeOutboxItems(superseded);
  setOutbox((items) => [...items.filter((i) => !superseded.includes(i.submissionId)), item]);
  void flush();
}

/** The pad's side of the shared outbox loop: IndexedDB and the pad's store. */
const outbox = outboxLoop<OutboxItem, SheetSaveReply>({
  // An item of another juror (signed out, another code on this device) waits for its juror.
  next: () => {
    const item = get().outbox[0];
    return item && item.jurorId === get().session?.jurorId ? item : null;
  },
  idOf: (item) => item.submissionId,
  sender: () => {
    const c = client;
    if (!c || c.status().state !== 'online') return null;
    return (item) => c.call('sheet:save', payloadOf(item), { timeoutMs: SAVE_TIMEOUT_MS });
  },
  isFinal: isFinalError,
  acknowledged: acknowledge,
  refused: reject,
  remove: async (item) => {
    await removeOutboxItems([item.submissionId]);
    setOutbox((items) => items.filter((i) => i.submissionId !== item.submissionId));
  },
  update: async (item) => {
    await putOutboxItem(item);
    setOutbox((items) => items.map((i) => (i.submissionId === item.submissionId ? item : i)));
  },
});

/** Sends waiting items in order until one gets no answer, then reports the outbox. */
export async function flush(): Promise<void> {
  if (await outbox.flush()) await reportOutbox();
}

async function reportOutbox(): Promise<void> {
  const n = get().outbox.length;
  if (!client || client.status().state !== 'online' || n === reportedCount) return;
  const res = await client.call('outbox:report', { outbox: n }, { timeoutMs: 5000 });
  if (res.ok) reportedCount = n;
}

/** Try to reach the server now instead of waiting for the back-off. */
export function reconnectNow(): void {
  client?.reconnect();
}
