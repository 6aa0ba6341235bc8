// Handlers of the "voting" feature (shared/contract/organizer/voting.ts): people's choice.
import type { votingCalls } from '../../../../shared/contract/organizer/voting.js';
import * as control from '../../voting/control.js';
import { votingTally } from '../../voting/views.js';
import type { FeatureHandlers } from './context.js';

export const votingHandlers: FeatureHandlers<typeof votingCalls> = ({ venue, who }) => ({
  'voting:settings': (input) => (control.saveVotingSettings(venue, who, input), null),
  'voting:open': (input) => (control.openVoting(venue, who, input), null),
  'voting:tally': () => votingTally(venue),
  'tickets:make': (input) => control.makeTickets(venue, who, input),
  'tickets:list': (input) => control.listTickets(venue, input),
  'ticket:void': (input) => control.voidTicket(venue, who, input),
  'favourite:reveal': (input) => (control.revealFavourite(venue, who, input), null),
});
