// Organizer feature "voting": people's choice at the desk (settings, opening per group,
// tickets, the tally, the favourite's reveal). The voter's own calls: voter-calls.ts.
// Handlers: electron/server/realtime/organizer/voting.ts.
import { call } from '../call.js';
import { emptySchema } from '../schemas.js';
import * as vs from '../voting-schemas.js';
import type { TicketList, VotingGroupTally } from '../voting-views.js';

export const votingCalls = {
  'voting:settings': call<null>()(vs.votingSettingsSchema),
  'voting:open': call<null>()(vs.votingOpenSchema),
  'voting:tally': call<VotingGroupTally[]>()(emptySchema),
  'tickets:make': call<{ made: number; total: number }>()(vs.ticketsMakeSchema),
  'tickets:list': call<TicketList>()(vs.ticketsListSchema),
  'ticket:void': call<{ code: string; votes: number }>()(vs.ticketVoidSchema),
  'favourite:reveal': call<null>()(vs.favouriteRevealSchema),
};
