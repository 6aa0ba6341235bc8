// People's choice (favorit penonton): the audience's vote, always apart from the jury.
// Each closed list is defined here once; types, schemas, SQL checks and the pages derive
// from it. Pure TypeScript: the server makes codes with its CSPRNG, pages only read them.
// The organizer guide is docs/PEOPLES-CHOICE.md; the protocol is docs/PROTOCOL.md.

/**
 * How a voter is known: a printed ballot ticket (kupon suara), or one vote per phone (a
 * random id the phone keeps): the weaker mode, for informal events, labelled as such.
 */
export const votingModes = ['ticket', 'phone'] as const;
export type VotingMode = (typeof votingModes)[number];

/** One vote per category, or one vote over the whole festival. */
export const votingScopes = ['category', 'festival'] as const;
export type VotingScope = (typeof votingScopes)[number];

/** What screens show before the favourite's reveal: nothing, turnout only, or the tally. */
export const tallyDisplays = ['hidden', 'turnout', 'tally'] as const;
export type TallyDisplay = (typeof tallyDisplays)[number];

/** A new festival: tickets, one vote per category, screens show nothing until the reveal. */
export const defaultVotingSettings = {
  mode: 'ticket',
  scope: 'category',
  display: 'hidden',
} as const satisfies { mode: VotingMode; scope: VotingScope; display: TallyDisplay };
export type VotingSettings = { mode: VotingMode; scope: VotingScope; display: TallyDisplay };

/** No 0/O, 1/I: a code read off paper and typed on a phone. 32 symbols = 5 bits each. */
export const ticketAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 10 symbols = 50 bits; guessing is throttled venue-wide on top (docs/PEOPLES-CHOICE.md). */
export const ticketLength = 10;
/** A vote's receipt: 8 symbols of the same alphabet, shown "ABCD-EFGH". */
export const receiptLength = 8;
/** The /publik query parameter that carries a ticket (the QR on each printed ticket). */
export const ticketParam = 'kupon';

const ticketPattern = new RegExp(`^[${ticketAlphabet}]{${ticketLength}}$`);

/**
 * A ticket as typed or scanned ("abcde-fghjk", " ABCDE FGHJK ") in its stored form
 * ("ABCDEFGHJK"), or null when it cannot be one. Lower case, spaces and dashes are fine.
 */
export function normalizeTicket(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return ticketPattern.test(code) ? code : null;
}

/** "ABCDEFGHJK" -> "ABCDE-FGHJK" (halves are easier to read aloud and to type). */
export function formatTicket(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

/** "ABCDEFGH" -> "ABCD-EFGH". */
export const formatReceipt = formatTicket;

/** The link a ticket's QR holds: the venue's /publik page with the ticket in the query. */
export function ticketLink(base: string, code: string): string {
  return `${base.replace(/\/+$/, '')}/publik?${ticketParam}=${code}`;
}

/**
 * The one-vote policy: one counted vote per voter (ticket or phone) per group (a category,
 * or the festival). The first vote counts and stays; a second vote is refused with
 * VOTE_ALREADY_CAST carrying the first receipt. The same vote id resent returns the same
 * receipt and is counted once.
 */
export const votingPolicy = 'first-vote-counts' as const;

/** A group's favourites, ranked: most votes first, ties share a rank (1, 2, 2, 4). */
export type FavouriteRow = { entryId: string; votes: number; rank: number; tied: boolean };

/**
 * Ranks a group's tally. Entries with no vote are ranked too (after the rest). Ties are
 * data: equal votes share a rank; nothing breaks them (the organizer decides, if needed).
 * Order within a tie follows `entryOrder` (the running order), so the output is stable.
 */
export function rankFavourites(
  tally: ReadonlyArray<{ entryId: string; votes: number }>,
  entryOrder: readonly string[],
): FavouriteRow[] {
  const votes = new Map(tally.map((t) => [t.entryId, t.votes]));
  const ids = [...new Set([...entryOrder, ...tally.map((t) => t.entryId)])];
  const pos = new Map(ids.map((id, i) => [id, i]));
  const sorted = ids
    .map((entryId) => ({ entryId, votes: votes.get(entryId) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || (pos.get(a.entryId) ?? 0) - (pos.get(b.entryId) ?? 0));
  const count = new Map<number, number>();
  for (const r of sorted) count.set(r.votes, (count.get(r.votes) ?? 0) + 1);
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || sorted[i - 1]!.votes !== row.votes) rank = i + 1;
    return { ...row, rank, tied: (count.get(row.votes) ?? 0) > 1 };
  });
}

/** The favourite(s) of a ranked group: rank 1 with at least one vote (a tie is shared). */
export function favouriteWinners(rows: readonly FavouriteRow[]): FavouriteRow[] {
  return rows.filter((r) => r.rank === 1 && r.votes > 0);
}
