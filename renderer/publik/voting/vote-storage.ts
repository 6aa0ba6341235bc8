// What the phone keeps across reloads (localStorage: it works on a plain-HTTP LAN origin):
// the ticket it scanned or typed, its own phone id (the weaker one-vote-per-phone mode),
// the votes waiting to be sent, and the receipts of stored votes. A vote is written here
// BEFORE the first attempt and removed only when the server answered for it. Where storage
// is refused (some private modes) everything lives in memory while the page is open.
import { newId } from '../../common/ids.js';
import { groupKey, type PendingVote, type Receipt } from './vote-policy.js';
import { voteKeys } from './vote-keys.js';

const {
  ticket: TICKET_KEY,
  phone: PHONE_KEY,
  outbox: OUTBOX_KEY,
  receipts: RECEIPTS_KEY,
} = voteKeys;

const memory = new Map<string, string>();
let persistent = true;

function read<T>(key: string, fallback: T): T {
  try {
    const raw = persistent ? localStorage.getItem(key) : (memory.get(key) ?? null);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  const raw = JSON.stringify(value);
  memory.set(key, raw);
  if (!persistent) return;
  try {
    localStorage.setItem(key, raw);
  } catch {
    persistent = false; // full or refused: keep going in memory, the page can say so
  }
}

/** False once storage failed: a reload would lose waiting votes (the page warns). */
export function storageIsPersistent(): boolean {
  return persistent;
}

export function loadTicket(): string | null {
  const t = read<unknown>(TICKET_KEY, null);
  return typeof t === 'string' && t.length > 0 ? t : null;
}

export function saveTicket(ticket: string | null): void {
  write(TICKET_KEY, ticket);
}

/** This phone's own random id (never crypto.randomUUID: a LAN origin is not secure). */
export function phoneId(): string {
  const stored = read<unknown>(PHONE_KEY, null);
  if (typeof stored === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(stored)) return stored;
  const fresh = newId();
  write(PHONE_KEY, fresh);
  return fresh;
}

export function loadOutbox(): PendingVote[] {
  const items = read<unknown>(OUTBOX_KEY, []);
  return Array.isArray(items) ? (items as PendingVote[]) : [];
}

export function saveOutbox(items: readonly PendingVote[]): void {
  write(OUTBOX_KEY, items);
}

export function loadReceipts(): Receipt[] {
  const items = read<unknown>(RECEIPTS_KEY, []);
  return Array.isArray(items) ? (items as Receipt[]) : [];
}

/** Adds or replaces the receipt of one ballot in one group. */
export function saveReceipt(receipt: Receipt): Receipt[] {
  const same = (r: Receipt) =>
    r.voterKey === receipt.voterKey && groupKey(r.categoryId) === groupKey(receipt.categoryId);
  const next = [...loadReceipts().filter((r) => !same(r)), receipt];
  write(RECEIPTS_KEY, next);
  return next;
}
