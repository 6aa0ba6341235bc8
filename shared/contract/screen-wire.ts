// What travels to screens: the ScreenSnapshot with each public entry sent once (in
// `entries`, only those the snapshot refers to) and ranked rows pointing at them by id.
// A live leaderboard lists every entry twice (overall and in its category): on the wire
// that is a few bytes per row instead of the whole entry, which is what lets one push
// reach a thousand screens in time. Pages hydrate it back into a ScreenSnapshot.
import type { Id } from '../model.js';
import type { PublicEntry, PublicRow, ScreenSnapshot } from './views.js';
import type { VoteRow } from './voting-views.js';

export type WireRow = {
  rank: number | null;
  tied: boolean;
  entryId: Id;
  scoreMicro: number | null;
};

export type WireVoteRow = Omit<VoteRow, 'entry'> & { entryId: Id };

type Leaderboard = NonNullable<ScreenSnapshot['leaderboard']>;
type Reveal = NonNullable<ScreenSnapshot['reveal']>;
type Voting = NonNullable<ScreenSnapshot['voting']>;
type WireVoting = Omit<Voting, 'groups' | 'reveal'> & {
  groups: Array<Omit<Voting['groups'][number], 'tally'> & { tally: WireVoteRow[] | null }>;
  reveal: (Omit<NonNullable<Voting['reveal']>, 'winners'> & { winners: WireVoteRow[] }) | null;
};

export type ScreenWire = Omit<ScreenSnapshot, 'leaderboard' | 'reveal' | 'voting'> & {
  /** Every entry a row below refers to, once. */
  entries: Record<Id, PublicEntry>;
  leaderboard:
    | (Omit<Leaderboard, 'categories'> & {
        categories: Array<Omit<Leaderboard['categories'][number], 'rows'> & { rows: WireRow[] }>;
      })
    | null;
  reveal: (Omit<Reveal, 'rows'> & { rows: WireRow[] }) | null;
  voting: WireVoting | null;
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
  const vote = ({ entry, ...r }: VoteRow): WireVoteRow => {
    entries[entry.id] = entry;
    return { entryId: entry.id, ...r };
  };
  const voting = snap.voting && {
    ...snap.voting,
    groups: snap.voting.groups.map((g) => ({ ...g, tally: g.tally && g.tally.map(vote) })),
    reveal: snap.voting.reveal && {
      ...snap.voting.reveal,
      winners: snap.voting.reveal.winners.map(vote),
    },
  };
  return { ...snap, entries, leaderboard, reveal, voting };
}

/** Back to the ScreenSnapshot the pages render; a row whose entry is missing is dropped. */
export function hydrateScreen(wire: ScreenWire): ScreenSnapshot {
  const rows = (list: WireRow[]): PublicRow[] =>
    list.flatMap((r) => {
      const entry = wire.entries[r.entryId];
      return entry ? [{ rank: r.rank, tied: r.tied, entry, scoreMicro: r.scoreMicro }] : [];
    });
  const votes = (list: WireVoteRow[]): VoteRow[] =>
    list.flatMap(({ entryId, ...r }) => {
      const entry = wire.entries[entryId];
      return entry ? [{ entry, ...r }] : [];
    });
  const { entries: _entries, ...rest } = wire;
  return {
    ...rest,
    leaderboard: wire.leaderboard && {
      ...wire.leaderboard,
      categories: wire.leaderboard.categories.map((c) => ({ ...c, rows: rows(c.rows) })),
    },
    reveal: wire.reveal && { ...wire.reveal, rows: rows(wire.reveal.rows) },
    voting: wire.voting && {
      ...wire.voting,
      groups: wire.voting.groups.map((g) => ({ ...g, tally: g.tally && votes(g.tally) })),
      reveal: wire.voting.reveal && {
        ...wire.voting.reveal,
        winners: votes(wire.voting.reveal.winners),
      },
    },
  };
}
