// A page reloads itself to follow the venue to a laptop its Content-Security-Policy does not
// allow (a standby paired after the page loaded): the browser would refuse to connect there
// once the primary is gone. The rules are shared/page-policy.ts; this is the browser part.
// - The page knows its own policy from the <meta> the server put in its HTML (no meta: never
//   reloads).
// - Only a snapshot from the page's own origin counts: that server answers now, so the
//   reload (same origin: same localStorage and IndexedDB, the pad's outbox and drafts stay)
//   can load. Before reloading, the page fetches its HTML once more and reloads only if
//   that names every missing laptop (else a reload would gain nothing).
// - Not while the page is busy: someone typing in a field or looking at a dialog, or a part
//   of the page holding it (holdReload: the pad while a sheet is on its way to the outbox
//   or the server). Until then it asks again on every focus change and every few seconds.
// - Never twice for the same set of laptops, at most maxPolicyReloads times per tab
//   (sessionStorage survives the reload, not the tab); the page is fetched at most once per
//   set whose page would not allow it.
// - While it waits for the page to be free, <html data-policy-reload-held="n"> counts the
//   checks that found it busy: no person sees it; a browser test reads it to show the page
//   wanted to reload and held (not merely that it had not tried yet), check after check.
import {
  covers,
  laptopsFromMeta,
  laptopsMetaName,
  policyShortfall,
  reloadPlan,
} from '../../shared/page-policy.js';
import type { VenueInfo } from './venue-follow.js';

const TRIED_KEY = 'panggung.policy-reloads';
const RECHECK_MS = 2000;
/** <html data-policy-reload-held="n">: a reload is wanted; n checks found the page busy. */
const HELD_ATTR = 'policyReloadHeld';

/** Is someone typing in a field (text perhaps not stored yet) or looking at a dialog? */
export function typingNow(): boolean {
  if (document.querySelector('dialog[open], [role="dialog"], [role="alertdialog"]')) return true;
  const el = document.activeElement;
  if (!(el instanceof HTMLElement)) return false;
  return (
    el.isContentEditable ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement ||
    (el instanceof HTMLInputElement && !['button', 'submit', 'reset'].includes(el.type))
  );
}

const holds = new Set<() => boolean>();

/** A part of the page says when it must not be reloaded (`busy` true: not now), until the
 *  returned function is called. */
export function holdReload(busy: () => boolean): () => void {
  holds.add(busy);
  return () => void holds.delete(busy);
}

function safe(): boolean {
  return !typingNow() && ![...holds].some((busy) => busy());
}

function tried(): string[] {
  try {
    const raw = JSON.parse(sessionStorage.getItem(TRIED_KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

function remember(key: string): boolean {
  try {
    sessionStorage.setItem(TRIED_KEY, JSON.stringify([...tried(), key]));
    return true;
  } catch {
    return false; // without a record the bound cannot hold: do not reload
  }
}

function metaContent(doc: Document): string | null {
  return doc.querySelector(`meta[name="${laptopsMetaName}"]`)?.getAttribute('content') ?? null;
}

export type PolicyReload = (venue: VenueInfo, fromOwnOrigin: boolean) => void;

/**
 * The socket client's `onVenue` for a page that follows the venue by reloading. `spreadMs`:
 * the venue change reaches every page at once; each waits a random part of it first, so
 * the screens of a hall do not all ask the server for their page in the same instant.
 */
export function policyReload(opts: { spreadMs?: number } = {}): PolicyReload {
  if (typeof document === 'undefined') return () => {};
  const allowed = laptopsFromMeta(metaContent(document));
  const spreadMs = opts.spreadMs ?? 2000;
  let want: { missing: string[]; key: string } | null = null;
  /** Sets of laptops the server's page did not allow either: a reload would not help. */
  const refused = new Set<string>();
  let busy = false;
  let waiting: ReturnType<typeof setInterval> | undefined;

  const stopWaiting = () => {
    clearInterval(waiting);
    waiting = undefined;
    document.removeEventListener('focusout', later);
    delete document.documentElement.dataset[HELD_ATTR];
  };
  const attempt = async () => {
    const w = want;
    if (!w || busy) return;
    if (!safe()) {
      const held = document.documentElement.dataset;
      held[HELD_ATTR] = String(Number(held[HELD_ATTR] ?? 0) + 1);
      // Ask again when a field is left, and every few seconds (an outbox write ending).
      if (waiting === undefined) {
        waiting = setInterval(() => void attempt(), RECHECK_MS);
        document.addEventListener('focusout', later);
      }
      return;
    }
    stopWaiting();
    busy = true;
    try {
      const res = await fetch(location.pathname + location.search, { cache: 'no-store' });
      const html = res.ok ? await res.text() : '';
      const fresh = laptopsFromMeta(
        metaContent(new DOMParser().parseFromString(html, 'text/html')),
      );
      if (want !== w) return;
      // Reload only into a page that allows them, and only if still safe (the fetch took a
      // moment). A page that does not: this document never asks for that set again.
      if (fresh && covers(fresh, w.missing)) {
        if (!safe()) return void setTimeout(() => void attempt(), 0);
        if (remember(w.key)) return location.reload();
      } else if (res.ok) refused.add(w.key);
      want = null;
    } catch {
      want = null; // the server went away meanwhile: its next snapshot asks again
    } finally {
      busy = false;
    }
  };
  // focusout fires before focus has moved: look once it has.
  const later = () => setTimeout(() => void attempt(), 0);

  return (venue, fromOwnOrigin) => {
    if (!fromOwnOrigin || allowed === null) return;
    const missing = policyShortfall(allowed, venue.addresses, location.origin);
    const plan = reloadPlan(missing, tried());
    if (plan.kind !== 'reload') {
      want = null;
      stopWaiting();
      return;
    }
    if (want?.key === plan.key || refused.has(plan.key)) return;
    want = { missing, key: plan.key };
    setTimeout(() => void attempt(), Math.random() * spreadMs);
  };
}
