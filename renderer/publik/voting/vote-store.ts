// The voting view's one store: who votes on this phone, the ballot the server sent, the
// votes waiting to be sent, the receipts, refusals per group, and the connection.
// vote-sync.ts feeds it; the view only reads it and calls the sync's actions.
import { create } from 'zustand';
import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import type { BallotView } from '../../../shared/contract/voting-views.js';
import type { ConnectionStatus, TransportFailure } from '../../common/socket-client.js';
import type { PendingVote, Receipt, Voter } from './vote-policy.js';

export type VoteState = {
  /** null: ticket mode and no ticket on this phone yet (the code form shows). */
  voter: Voter | null;
  /** The scanned link held something that cannot be a ticket (the code form says so). */
  badLink: boolean;
  ballot: BallotView | null;
  /** The ballot itself was refused (unknown or voided ticket, voting off). */
  ballotError: ErrorEnvelope | TransportFailure | null;
  outbox: PendingVote[];
  receipts: Receipt[];
  /** The last refusal per group key (groupKey()), shown until the voter acts again. */
  refusals: Record<string, ErrorEnvelope>;
  connection: ConnectionStatus;
  /** False once the phone's storage failed: a reload would lose a waiting vote. */
  persistent: boolean;
};

export const useVote = create<VoteState>()(() => ({
  voter: null,
  badLink: false,
  ballot: null,
  ballotError: null,
  outbox: [],
  receipts: [],
  refusals: {},
  connection: { state: 'connecting', error: null },
  persistent: true,
}));
