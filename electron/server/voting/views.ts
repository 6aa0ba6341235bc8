// People's choice as each audience sees it: the organizer's tally, the screens' view
// (shaped by the display setting) and the results section. Built from stored votes.
import type {
  FavouriteResults,
  OrganizerVoting,
  ScreenVoting,
} from '../../../shared/contract/voting-views.js';
import { defaultVotingSettings } from '../../../shared/voting.js';
import type { Venue } from '../services/venue.js';

export function organizerVoting(_venue: Venue): OrganizerVoting {
  return {
    ...defaultVotingSettings,
    ticketsIssued: 0,
    ticketsVoided: 0,
    groups: [],
    reveal: null,
  };
}

export function screenVoting(_venue: Venue): ScreenVoting | null {
  return null;
}

export function favouriteResults(_venue: Venue): FavouriteResults | null {
  return null;
}
