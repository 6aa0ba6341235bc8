// People's choice as each audience sees it: the organizer's tally, the screens' view
// (shaped by the display setting: a screen never receives more than it allows) and the
// results section. All built from the stored votes (groups.ts), apart from the standings.
import type {
  FavouriteResults,
  OrganizerVoting,
  ScreenVoting,
  VoteRow,
  VotingGroupTally,
} from '../../../shared/contract/voting-views.js';
import { favouriteWinners, type FavouriteRow } from '../../../shared/voting.js';
import { publicEntry } from '../services/views.js';
import type { Venue } from '../services/venue.js';
import { tallyGroups } from './groups.js';

export function votingTally(venue: Venue): VotingGroupTally[] {
  return tallyGroups(venue).map((g) => ({
    categoryId: g.categoryId,
    name: g.name,
    open: g.open,
    turnout: g.turnout,
    voidedVotes: g.voidedVotes,
    tally: g.rows,
  }));
}

export function organizerVoting(venue: Venue): OrganizerVoting {
  const { reveal, ...settings } = venue.repos.voting.settings();
  const tickets = venue.repos.voting.ticketCounts();
  return {
    ...settings,
    ticketsIssued: tickets.issued,
    ticketsVoided: tickets.voided,
    groups: votingTally(venue),
    reveal: reveal && {
      categoryId: reveal.categoryId,
      startedAt: reveal.startedAt,
      screens: reveal.screens,
    },
  };
}

export function screenVoting(venue: Venue): ScreenVoting | null {
  const setup = venue.setup();
  const repo = venue.repos.voting;
  const { mode, display, reveal } = repo.settings();
  // Once a group was opened, phones need mode and open whatever the display (their "vote"
  // button); the display decides only how much of the tally goes with them.
  if (!setup || (!reveal && !repo.everOpened())) return null;
  const entries = new Map(setup.entries.map((e) => [e.id, e]));
  const rows = (list: FavouriteRow[]): VoteRow[] =>
    list.flatMap(({ entryId, ...r }) => {
      const e = entries.get(entryId);
      return e ? [{ entry: publicEntry(setup, e), ...r }] : [];
    });
  const groups = tallyGroups(venue);
  const revealed = reveal && groups.find((g) => g.categoryId === reveal.categoryId);
  return {
    mode,
    open: groups.some((g) => g.open),
    display,
    groups:
      display === 'hidden'
        ? []
        : groups.map((g) => ({
            categoryId: g.categoryId,
            name: g.name,
            open: g.open,
            turnout: g.turnout,
            tally: display === 'tally' ? rows(g.rows) : null,
          })),
    reveal:
      reveal && revealed
        ? {
            categoryId: revealed.categoryId,
            name: revealed.name,
            startedAt: reveal.startedAt,
            turnout: revealed.turnout,
            winners: rows(favouriteWinners(revealed.rows)),
          }
        : null,
  };
}

export function favouriteResults(venue: Venue): FavouriteResults | null {
  const repo = venue.repos.voting;
  const tickets = repo.ticketCounts();
  if (tickets.issued === 0 && !repo.everOpened()) return null;
  const { mode, scope } = repo.settings();
  return {
    mode,
    scope,
    ticketsIssued: tickets.issued,
    ticketsVoided: tickets.voided,
    groups: tallyGroups(venue).map((g) => ({
      categoryId: g.categoryId,
      name: g.name,
      open: g.open,
      turnout: g.turnout,
      voidedVotes: g.voidedVotes,
      rows: g.rows,
    })),
  };
}
