// Electron's security checklist, as small decisions: the webPreferences every window
// gets, which URLs a window may navigate to or open, which links may leave the app, and
// the session's CSP and permission policy. Every URL decision goes through new URL(),
// never a string prefix, so "http://127.0.0.1.evil.com" is not "http://127.0.0.1".
// This module does not create windows; windows.ts does, with these preferences.
import { contentSecurityPolicy } from '../../shared/content-security-policy.js';
import type { WebPreferences } from 'electron';

/** The preferences of every window the shell creates. Only the organizer window has a preload. */
export function secureWebPreferences(preload?: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    ...(preload ? { preload } : {}),
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The app's own origin (e.g. "http://127.0.0.1:4321"), from the venue server's address. */
export function appOrigin(port: number): string {
  return `http://127.0.0.1:${port}`;
}

/** True only for an http URL on exactly the app's origin (scheme, host and port). */
export function isOwnOrigin(url: string, origin: string): boolean {
  const u = parse(url);
  const o = parse(origin);
  if (!u || !o) return false;
  return (
    u.protocol === 'http:' &&
    o.protocol === 'http:' &&
    u.origin === o.origin &&
    u.username === '' &&
    u.password === ''
  );
}

/** Links that may go to the system browser: plain http(s) to a named host, no credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  return (
    (u.protocol === 'https:' || u.protocol === 'http:') &&
    u.hostname !== '' &&
    u.username === '' &&
    u.password === ''
  );
}

export type WindowOpenDecision =
  { action: 'allow-in-app' } | { action: 'open-external'; url: string } | { action: 'deny' };

/** window.open / target=_blank: own pages stay in the app, vetted web links go to the browser. */
export function decideWindowOpen(url: string, origin: string): WindowOpenDecision {
  if (isOwnOrigin(url, origin)) return { action: 'allow-in-app' };
  if (isSafeExternalUrl(url)) return { action: 'open-external', url: new URL(url).href };
  return { action: 'deny' };
}

type HeaderMap = Record<string, string | string[]>;

/**
 * Response headers with our CSP added to responses from the app's origin that lack one
 * (others untouched). A policy the venue server sent is the same definition
 * (shared/content-security-policy.ts) plus the venue's other laptops, and stays the only
 * one: the browser enforces every policy, so adding ours (no other laptop) beside it would
 * cut the app's own windows off from a standby they must follow.
 */
export function withCsp(url: string, headers: HeaderMap | undefined, origin: string): HeaderMap {
  const out: HeaderMap = { ...(headers ?? {}) };
  if (!isOwnOrigin(url, origin)) return out;
  const key =
    Object.keys(out).find((k) => k.toLowerCase() === 'content-security-policy') ??
    'Content-Security-Policy';
  const existing = out[key];
  const kept = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
  if (kept.some((p) => p.trim() !== '')) return out;
  out[key] = [contentSecurityPolicy];
  return out;
}
