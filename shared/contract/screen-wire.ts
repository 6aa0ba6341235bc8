// What travels to screens: the ScreenSnapshot with each public entry sent once (in
// `entries`, only those the snapshot refers to) and ranked rows pointing at them by id.
// A live leaderboard lists every entry twice (overall and in its category): on the wire
// that is a few bytes per row instead of the whole entry, which is what lets one push
// reach a thousand screens in time. Pages hydrate it back into a ScreenSnapshot.
import type { Id } from '../model.js';
import type { PublicEntry, PublicRow, ScreenSnapshot } from './views.js';

export type WireRow = {
  rank: number | null;
  tied: boolean;
  entryId: Id;
  scoreMicro: number | null;
};

type Leaderboard = NonNullable<ScreenSnapshot['leaderboard']>;
type Reveal = NonNullable<ScreenSnapshot['reveal']>;

export type ScreenWire = Omit<ScreenSnapshot, 'leaderboard' | 'reveal'> & {
  /** Every entry a row below refers to, once. */
  entries: Record<Id, PublicEntry>;
  leaderboard:
    | (Omit<Leaderboard, 'categories'> & {
        categories: Array<Omit<Leaderboard['categories'][number], 'rows'> & { rows: WireRow[] }>;
      })
    | null;
  reveal: (Omit<Reveal, 'rows'> & { rows: WireRow[] }) | null;
};

export function toScreenWire(snap: ScreenSnapshot): ScreenWire {
  const entries: Record<Id, PublicEntry> = {};
  const row = (r: PublicRow): WireRow => {
    entries[r.entry.id] = r.entry;
    return { rank: r.rank, tied: r.tied, entryId: r.entry.id, scoreMicro: r.scoreMicro };
  };
  const leaderboard = snap.leaderboard && {
    ...snap.leaderboard,
    categories: snap.leaderboard.categories.map((c) => ({ ...c, rows: c.rows.map(row) })),
  };
  const reveal = snap.reveal && { ...snap.reveal, rows: snap.reveal.rows.map(row) };
  return { ...snap, entries, leaderboard, reveal };
}

/** Back to the ScreenSnapshot the pages render; a row whose entry is missing is dropped. */
export function hydrateScreen(wire: ScreenWire): ScreenSnapshot {
  const rows = (list: WireRow[]): PublicRow[] =>
    list.flatMap((r) => {
      const entry = wire.entries[r.entryId];
      return entry ? [{ rank: r.rank, tied: r.tied, entry, scoreMicro: r.scoreMicro }] : [];
    });
  const { entries: _entries, ...rest } = wire;
  return {
    ...rest,
    leaderboard: wire.leaderboard && {
      ...wire.leaderboard,
      categories: wire.leaderboard.categories.map((c) => ({ ...c, rows: rows(c.rows) })),
    },
    reveal: wire.reveal && { ...wire.reveal, rows: rows(wire.reveal.rows) },
  };
}
