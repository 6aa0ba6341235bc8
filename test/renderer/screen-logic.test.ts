// The audience pages' pure pieces: address parsing, score text, top rows, category
// cycling, which panels to show, the reveal podium, dates, and matching translations.
import { describe, expect, it } from 'vitest';
import type { PublicRow, ScreenPanel, ScreenSnapshot } from '../../shared/contract/views.js';
import { messageKeys } from '../../renderer/common/i18n.js';
import { screenEn, screenId } from '../../renderer/common/screen/screen-locales.js';
import {
  cycleIndex,
  cyclingCategories,
  formatDateRange,
  formatScoreMicro,
  languageFromSearch,
  leaderboardPages,
  rotationMsFromSearch,
  panelsToShow,
  progressShare,
  publicUrl,
  pinnedCategory,
  revealSlots,
  screenFromLocation,
  topRows,
} from '../../renderer/common/screen/screen-logic.js';
import { isStale } from '../../renderer/common/screen/screen-store.js';
import { chartBase } from '../../renderer/layar/score-bars.js';

const row = (id: string, rank: number | null, scoreMicro: number | null = null): PublicRow => ({
  rank,
  tied: false,
  scoreMicro,
  entry: {
    id,
    code: id.toUpperCase(),
    title: `Title ${id}`,
    institution: 'Dinas',
    presenter: '',
    order: 1,
    categoryName: 'OPD',
    panelName: 'A',
  },
});

const panel = (id: string, presenting: boolean): ScreenPanel => ({
  panelId: id,
  panelName: id,
  progress: null,
  live: {
    panelId: id,
    stageId: 's',
    presentingEntryId: presenting ? 'e1' : null,
    timer: { segment: 'idle', runningSince: null, elapsedMs: 0, durationMs: 0 },
  },
  presenting: presenting ? row('e1', null).entry : null,
});

describe('screenFromLocation', () => {
  it('tells the projector, the phone view and the overlay apart, with their default names', () => {
    expect(screenFromLocation('/layar', '?nama=utama')).toEqual({ kind: 'layar', name: 'utama' });
    expect(screenFromLocation('/layar/', '')).toEqual({ kind: 'layar', name: 'utama' });
    expect(screenFromLocation('/layar', '?nama=Ruang%20B')).toEqual({
      kind: 'layar',
      name: 'Ruang B',
    });
    expect(screenFromLocation('/publik', '')).toEqual({ kind: 'publik', name: 'publik' });
    expect(screenFromLocation('/overlay', '?nama=siaran')).toEqual({
      kind: 'overlay',
      name: 'siaran',
    });
  });
  it('falls back to the default for a name the server would refuse', () => {
    expect(screenFromLocation('/layar', '?nama=%3Cscript%3E').name).toBe('utama');
    expect(screenFromLocation('/layar', `?nama=${'x'.repeat(41)}`).name).toBe('utama');
  });
  it('reads the language from the address', () => {
    expect(languageFromSearch('?lang=en')).toBe('en');
    expect(languageFromSearch('?bahasa=id')).toBe('id');
    expect(languageFromSearch('?lang=fr')).toBeNull();
  });
});

describe('scores and rows', () => {
  it("formats micro-points with the reader's decimal mark, exactly", () => {
    expect(formatScoreMicro(82_000_000, 'id')).toBe('82,00');
    expect(formatScoreMicro(83_333_333, 'en')).toBe('83.33');
    expect(formatScoreMicro(78_255_000, 'id')).toBe('78,26');
  });
  it('keeps ranked rows only, best first, at most n', () => {
    const rows = [row('a', 1, 9e7), row('b', 2, 8e7), row('c', 2, 8e7), row('d', null)];
    expect(topRows(rows, 2).map((r) => r.entry.id)).toEqual(['a', 'b']);
    expect(topRows(rows, 10).map((r) => r.entry.id)).toEqual(['a', 'b', 'c']);
  });
  it('starts the chart at a labelled round number below the lowest score', () => {
    expect(chartBase([row('a', 1, 90_000_000), row('b', 2, 72_300_000)])).toBe(60);
    expect(chartBase([row('a', 1, 4_000_000)])).toBe(0);
    expect(chartBase([])).toBe(0);
  });
  it('shares of jurors never leave 0..1', () => {
    expect(progressShare({ submitted: 3, expected: 4 })).toBe(0.75);
    expect(progressShare({ submitted: 0, expected: 0 })).toBe(0);
    expect(progressShare(null)).toBe(0);
  });
});

describe('leaderboard cycling', () => {
  const lb = (cats: Array<[string | null, PublicRow[]]>): ScreenSnapshot['leaderboard'] => ({
    stageId: 's',
    stageName: 'S',
    provisional: true,
    categories: cats.map(([categoryId, rows]) => ({ categoryId, name: categoryId ?? 'all', rows })),
  });
  it('pages through every ranked row of every category, none left out', () => {
    const many = Array.from({ length: 13 }, (_, i) => row(`e${i}`, i + 1));
    const cats = cyclingCategories(
      lb([
        [null, [...many, row('x', null)]],
        ['opd', many.slice(0, 3)],
      ]),
    );
    const pages = leaderboardPages(cats, 6);
    expect(pages.map((p) => [p.cat.categoryId, p.page, p.pages, p.rows.length, p.others])).toEqual([
      [null, 0, 3, 6, 7],
      [null, 1, 3, 6, 7],
      [null, 2, 3, 1, 12],
      ['opd', 0, 1, 3, 0],
    ]);
    const shown = pages.filter((p) => p.cat.categoryId === null).flatMap((p) => p.rows);
    expect(shown.map((r) => r.entry.id)).toEqual(many.map((r) => r.entry.id));
    // Each page stays for the rotation period; the cycle reaches every page.
    const seen = new Set(
      Array.from({ length: pages.length }, (_, k) => cycleIndex(pages.length, k * 1000, 1000)),
    );
    expect(seen.size).toBe(pages.length);
  });
  it('reads the rotation period from ?putar= in seconds, within bounds', () => {
    expect(rotationMsFromSearch('?putar=3', 12_000)).toBe(3000);
    expect(rotationMsFromSearch('?putar=0', 12_000)).toBe(12_000);
    expect(rotationMsFromSearch('?putar=9999', 12_000)).toBe(12_000);
    expect(rotationMsFromSearch('?putar=x', 12_000)).toBe(12_000);
    expect(rotationMsFromSearch('', 12_000)).toBe(12_000);
  });
  it('cycles only categories with a ranked row, overall first', () => {
    const cats = cyclingCategories(
      lb([
        [null, [row('a', 1)]],
        ['opd', [row('a', 1)]],
        ['desa', [row('x', null)]],
      ]),
    );
    expect(cats.map((c) => c.categoryId)).toEqual([null, 'opd']);
  });
  it('shows the first category when nothing is scored yet, and nothing without a leaderboard', () => {
    expect(
      cyclingCategories(
        lb([
          [null, []],
          ['opd', []],
        ]),
      ).map((c) => c.categoryId),
    ).toEqual([null]);
    expect(cyclingCategories(null)).toEqual([]);
  });
  it('stays on a pinned category (?kategori=opd, semua = overall) when it exists', () => {
    const board = lb([
      [null, [row('a', 1)]],
      ['opd', [row('a', 1)]],
      ['desa', []],
    ]);
    expect(
      cyclingCategories(board, pinnedCategory('?kategori=desa')).map((c) => c.categoryId),
    ).toEqual(['desa']);
    expect(
      cyclingCategories(board, pinnedCategory('?kategori=semua')).map((c) => c.categoryId),
    ).toEqual([null]);
    expect(
      cyclingCategories(board, pinnedCategory('?kategori=nope')).map((c) => c.categoryId),
    ).toEqual([null, 'opd']);
    expect(pinnedCategory('?kategori=%3Cb%3E')).toBeNull();
  });
  it('follows the wall clock, so every screen shows the same category', () => {
    expect(cycleIndex(3, 0, 12_000)).toBe(0);
    expect(cycleIndex(3, 12_000, 12_000)).toBe(1);
    expect(cycleIndex(3, 36_500, 12_000)).toBe(0);
    expect(cycleIndex(1, 99_999, 12_000)).toBe(0);
  });
});

describe('panelsToShow', () => {
  const panels = [panel('a', false), panel('b', true), panel('c', true)];
  it('honours the pinned panel, else the panels with an entry on stage, else the first', () => {
    expect(panelsToShow(panels, 'a').map((p) => p.panelId)).toEqual(['a']);
    expect(panelsToShow(panels, null).map((p) => p.panelId)).toEqual(['b', 'c']);
    expect(
      panelsToShow([panel('a', false), panel('b', false)], null).map((p) => p.panelId),
    ).toEqual(['a']);
    expect(panelsToShow(panels, 'gone').map((p) => p.panelId)).toEqual(['b', 'c']);
  });
});

describe('revealSlots', () => {
  const reveal = (revealedPlace: number | null, rows: PublicRow[]): ScreenSnapshot['reveal'] => ({
    categoryId: null,
    categoryName: 'all',
    places: 3,
    revealedPlace,
    startedAt: 1,
    provisional: false,
    rows,
  });
  it('goes from place N to 1 with placeholders above the revealed place', () => {
    const slots = revealSlots(reveal(2, [row('b', 2), row('c', 3)]));
    expect(slots.map((s) => [s.place, s.state, s.rows.map((r) => r.entry.id)])).toEqual([
      [3, 'revealed', ['c']],
      [2, 'latest', ['b']],
      [1, 'hidden', []],
    ]);
  });
  it('shows nothing before the first place is revealed, and ties share a place', () => {
    expect(revealSlots(reveal(null, [])).every((s) => s.state === 'hidden')).toBe(true);
    const tied = revealSlots(reveal(2, [row('b', 2), row('b2', 2), row('c', 3)]));
    expect(tied.find((s) => s.place === 2)?.rows.map((r) => r.entry.id)).toEqual(['b', 'b2']);
    expect(revealSlots(null)).toEqual([]);
  });
  it('drops the place a tie absorbs once it is revealed (ranks 1, 1, 3: no place 2)', () => {
    const before = revealSlots(reveal(3, [row('c', 3)]));
    expect(before.map((s) => [s.place, s.state])).toEqual([
      [3, 'latest'],
      [2, 'hidden'],
      [1, 'hidden'],
    ]);
    const after = revealSlots(reveal(1, [row('a', 1), row('a2', 1), row('c', 3)]));
    expect(after.map((s) => [s.place, s.state, s.rows.length])).toEqual([
      [3, 'revealed', 1],
      [1, 'latest', 2],
    ]);
  });
});

describe('welcome text', () => {
  it('formats the festival dates in either language', () => {
    expect(formatDateRange('2026-12-08', '2026-12-09', 'id')).toBe('8–9 Desember 2026');
    expect(formatDateRange('2026-12-08', '2026-12-09', 'en')).toBe('8–9 December 2026');
    expect(formatDateRange('2026-11-30', '2026-12-01', 'id')).toBe(
      '30 November 2026 – 1 Desember 2026',
    );
    expect(formatDateRange('2026-12-08', '2026-12-08', 'id')).toBe('8 Desember 2026');
    expect(formatDateRange('', '', 'id')).toBe('');
  });
  it("points the join QR at the public view on the page's own origin", () => {
    expect(publicUrl('http://192.168.1.10:4321')).toBe('http://192.168.1.10:4321/publik');
    expect(publicUrl('http://panggung.test:4321/')).toBe('http://panggung.test:4321/publik');
  });
  it('has the same message keys in Bahasa Indonesia and English', () => {
    expect(messageKeys(screenEn).sort()).toEqual(messageKeys(screenId).sort());
  });
});

describe('isStale', () => {
  const snap = { version: 1 } as ScreenSnapshot;
  it('marks a screen that shows a last state while not connected, and nothing else', () => {
    expect(isStale({ snapshot: snap, connection: { state: 'offline', error: null } })).toBe(true);
    expect(isStale({ snapshot: snap, connection: { state: 'connecting', error: null } })).toBe(
      true,
    );
    expect(isStale({ snapshot: snap, connection: { state: 'online', error: null } })).toBe(false);
    expect(isStale({ snapshot: null, connection: { state: 'offline', error: null } })).toBe(false);
  });
});
