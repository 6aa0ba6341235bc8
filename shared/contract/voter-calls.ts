// People's choice, the voter audience (namespace /voter): anonymous phones voting with a
// ticket or a phone id. The organizer's voting calls are the feature slice
// organizer/voting.ts. Docs: docs/PROTOCOL.md (Voter) and docs/PEOPLES-CHOICE.md.
import { call } from './call.js';
import * as vs from './voting-schemas.js';
import type { VenueInfo } from './replica.js';
import type { BallotView, VoteCastReply } from './voting-views.js';

export const voterCalls = {
  /** The voter's ballot: the groups, their entries, whether open, and the voter's votes. */
  'ballot:get': call<BallotView>()(vs.ballotGetSchema),
  /** One vote; the same voteId resent returns the same receipt and is counted once. */
  'vote:cast': call<VoteCastReply>()(vs.voteCastSchema),
};

/** Voters are anonymous: the ticket (or phone id) travels with each call, not the handshake. */
export type VoterAuth = Record<string, never>;
/**
 * A voter's only view: where the venue lives (hot standby), sent on connecting, with
 * every ballot:changed and whenever it changes (a standby paired), so a phone's outbox
 * follows a take-over as the juror pad does.
 */
export type VoterSnapshot = { venue: VenueInfo };
export type VoterPushes = {
  snapshot: (snap: VoterSnapshot) => void;
  /** Voting opened or closed, or settings changed: the page calls ballot:get again. */
  'ballot:changed': () => void;
};
