// Pure helpers for the audience pages (/layar, /publik, /overlay): what to show from a
// ScreenSnapshot. No DOM, no React: tested in test/renderer/screen-logic.test.ts.
import { mainScreen, screenNamePattern } from '../../../shared/screen-modes.js';
import type { PublicRow, ScreenPanel, ScreenSnapshot } from '../../../shared/contract/views.js';
import { formatPoints } from '../../../shared/number-format.js';
import type { Language } from '../i18n.js';

export type ScreenKind = 'layar' | 'publik' | 'overlay';

/** The page and its screen name from the address: /publik is the phone view, ?nama= names it. */
export function screenFromLocation(
  pathname: string,
  search: string,
): { kind: ScreenKind; name: string } {
  const path = pathname.replace(/\/+$/, '');
  const kind: ScreenKind = path.endsWith('/publik')
    ? 'publik'
    : path.endsWith('/overlay')
      ? 'overlay'
      : 'layar';
  const raw = new URLSearchParams(search).get('nama')?.trim() ?? '';
  // The server accepts letters, digits, space, - and _ (1-40); anything else falls back.
  const name = screenNamePattern.test(raw) ? raw : kind === 'layar' ? mainScreen : kind;
  return { kind, name };
}

/** ?lang=en or ?bahasa=en on the address (a projector has no menu to click). */
export function languageFromSearch(search: string): Language | null {
  const p = new URLSearchParams(search);
  const v = p.get('lang') ?? p.get('bahasa');
  return v === 'id' || v === 'en' ? v : null;
}

/** A score for the audience: 82_004_999 -> "82,00" in Bahasa Indonesia, "82.00" in English. */
export function formatScoreMicro(micro: number, lng: Language): string {
  return formatPoints(micro, lng);
}

/** Ranked rows only (an entry nobody scored yet has no rank), best first, at most n. */
export function topRows(rows: PublicRow[], n: number): PublicRow[] {
  return rows.filter((r) => r.rank !== null).slice(0, n);
}

/**
 * ?kategori=opd pins a leaderboard screen to one category (semua = overall), e.g. one
 * screen per category in a big hall; null = cycle through all of them.
 */
export function pinnedCategory(search: string): string | null {
  const v = new URLSearchParams(search).get('kategori')?.trim() ?? '';
  return /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : null;
}

export type LeaderboardCategory = NonNullable<ScreenSnapshot['leaderboard']>['categories'][number];

/** Categories worth cycling through: those with at least one ranked row (overall first). */
export function cyclingCategories(
  lb: ScreenSnapshot['leaderboard'],
  pinned: string | null = null,
): LeaderboardCategory[] {
  if (!lb) return [];
  if (pinned !== null) {
    const one = lb.categories.find((c) => (c.categoryId ?? 'semua') === pinned);
    if (one) return [one];
  }
  const withRows = lb.categories.filter((c) => c.rows.some((r) => r.rank !== null));
  return withRows.length > 0 ? withRows : lb.categories.slice(0, 1);
}

/** One screenful of the leaderboard: a category's page of ranked rows. */
export type LeaderboardPage = {
  cat: LeaderboardCategory;
  /** 0-based page within the category, and how many pages it has. */
  page: number;
  pages: number;
  rows: PublicRow[];
  /** Ranked rows of the category not on this page ("+N lainnya"). */
  others: number;
};

/**
 * Every ranked row of every shown category, cut into pages of `perPage`: the screen rotates
 * through all of them, so the 9th entry of a category is shown too (never only a top N).
 */
export function leaderboardPages(cats: LeaderboardCategory[], perPage: number): LeaderboardPage[] {
  const size = Math.max(1, Math.floor(perPage));
  return cats.flatMap((cat) => {
    const ranked = cat.rows.filter((r) => r.rank !== null);
    const pages = Math.max(1, Math.ceil(ranked.length / size));
    return Array.from({ length: pages }, (_, page) => {
      const rows = ranked.slice(page * size, (page + 1) * size);
      return { cat, page, pages, rows, others: ranked.length - rows.length };
    });
  });
}

/** How long each leaderboard page stays: ?putar=<seconds> (1-600), else the default. */
export function rotationMsFromSearch(search: string, fallbackMs: number): number {
  const v = new URLSearchParams(search).get('putar')?.trim() ?? '';
  if (!/^\d{1,3}$/.test(v)) return fallbackMs;
  const seconds = Number(v);
  return seconds >= 1 && seconds <= 600 ? seconds * 1000 : fallbackMs;
}

/** Which category is on screen at time `now` when each stays `periodMs`. */
export function cycleIndex(count: number, now: number, periodMs: number): number {
  if (count <= 1) return 0;
  return Math.floor(now / periodMs) % count;
}

/**
 * The panels a presenting screen shows: the one the organizer pinned, else those with an
 * entry on stage, else the first panel (so the screen never goes empty).
 */
export function panelsToShow(panels: ScreenPanel[], pinned: string | null): ScreenPanel[] {
  if (pinned !== null) {
    const p = panels.find((x) => x.panelId === pinned);
    if (p) return [p];
  }
  const onStage = panels.filter((p) => p.presenting !== null);
  if (onStage.length > 0) return onStage;
  return panels.slice(0, 1);
}

export type RevealSlot = {
  place: number;
  state: 'hidden' | 'revealed' | 'latest';
  rows: PublicRow[];
};

/**
 * The reveal podium from place N up to 1. Only places >= revealedPlace ever arrive (the
 * server guarantees it); the rest are placeholders. Ties share a place: several rows, and
 * the place a tie absorbs (ranks 1, 1, 3 have no place 2) drops out once revealed.
 */
export function revealSlots(reveal: ScreenSnapshot['reveal']): RevealSlot[] {
  if (!reveal) return [];
  const slots: RevealSlot[] = [];
  for (let place = reveal.places; place >= 1; place--) {
    const rows = reveal.rows.filter((r) => r.rank === place);
    const revealed = reveal.revealedPlace !== null && place >= reveal.revealedPlace;
    if (revealed && rows.length === 0) continue;
    slots.push({
      place,
      state: !revealed ? 'hidden' : place === reveal.revealedPlace ? 'latest' : 'revealed',
      rows,
    });
  }
  return slots;
}

/** "Tanggal": 2026-11-28..2026-11-29 -> "28–29 November 2026" (id) / "28–29 November 2026" (en). */
export function formatDateRange(start: string, end: string, lng: Language): string {
  const locale = lng === 'id' ? 'id-ID' : 'en-GB';
  const d = (iso: string) => new Date(`${iso}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) return '';
  const full = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(end) || end === start) return full.format(d(start));
  if (start.slice(0, 7) === end.slice(0, 7)) {
    const day = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });
    return `${day.format(d(start))}–${full.format(d(end))}`;
  }
  return `${full.format(d(start))} – ${full.format(d(end))}`;
}

/** Share of jurors who submitted, 0..1; 0 when none are expected. */
export function progressShare(p: { submitted: number; expected: number } | null): number {
  if (!p || p.expected <= 0) return 0;
  return Math.min(1, Math.max(0, p.submitted / p.expected));
}

/** The public view's address for the join QR, from the page's own origin (works on any LAN name). */
export function publicUrl(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/publik`;
}
