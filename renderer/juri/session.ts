// The juror's session on this device: the rejoin token (from the QR link or from the
// snapshot after a PIN join) and the last snapshot, so a reload while offline still shows
// the pad. localStorage survives reloads and a closed lid; sign-out clears the session
// (not the outbox: unsent sheets wait for this juror to sign in again).
import type { JurorSnapshot } from '../../shared/contract/views.js';
import { newId } from '../common/ids.js';

const SESSION_KEY = 'panggung.juri.session';
const SNAPSHOT_KEY = 'panggung.juri.snapshot';

export type Session = { token: string; jurorId: string | null };
export type CachedSnapshot = { snapshot: JurorSnapshot; offsetMs: number };

const TOKEN_RE = /^[A-Za-z0-9_-]{16,128}$/;

/** Reads "#token=..." from a QR link; null when absent or malformed. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token !== null && TOKEN_RE.test(token) ? token : null;
}

/** Takes the token out of the address bar (and history) once read. */
export function stripHashFromAddressBar(): void {
  if (window.location.hash === '') return;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the pad still works while the page stays open
  }
}

export function loadSession(): Session | null {
  const s = read<Session>(SESSION_KEY);
  return s && typeof s.token === 'string' && TOKEN_RE.test(s.token) ? s : null;
}

export function saveSession(session: Session | null): void {
  write(SESSION_KEY, session);
}

export function loadCachedSnapshot(jurorId: string | null): CachedSnapshot | null {
  const c = read<CachedSnapshot>(SNAPSHOT_KEY);
  return c && jurorId !== null && c.snapshot?.juror?.id === jurorId ? c : null;
}

export function saveCachedSnapshot(cached: CachedSnapshot | null): void {
  write(SNAPSHOT_KEY, cached);
}

const DEVICE_KEY = 'panggung.juri.device';
let memoryDevice: string | null = null;

/**
 * This tab's device id, sent with every join: the server lets the same tab reconnect over
 * its own stale connection, and refuses a second device while this one is connected. Kept
 * in sessionStorage, so a reload keeps it and another tab or laptop gets its own.
 */
export function deviceId(): string {
  try {
    const stored = sessionStorage.getItem(DEVICE_KEY);
    if (stored !== null && /^[A-Za-z0-9_-]{16,64}$/.test(stored)) return stored;
    const fresh = newId();
    sessionStorage.setItem(DEVICE_KEY, fresh);
    return fresh;
  } catch {
    memoryDevice ??= newId();
    return memoryDevice;
  }
}
