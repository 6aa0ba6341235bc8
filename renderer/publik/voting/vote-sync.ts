// The voting view's side effects: one connection to the voter namespace, the ballot fetch,
// and the outbox sender. A vote is kept on the phone (vote-storage.ts) before its first
// attempt and leaves only when the server answered for it: stored (a receipt), or refused
// for good (told clearly). No answer keeps it, and the same vote id goes again on the next
// connection or retry tick, so a Wi-Fi drop after the server stored it counts it once.
// The loop is the one shared with the juror pad (renderer/common/outbox-loop.ts).
import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import type { VoteCastReply } from '../../../shared/contract/voting-views.js';
import { normalizeTicket } from '../../../shared/voting.js';
import { newId } from '../../common/ids.js';
import { outboxLoop } from '../../common/outbox-loop.js';
import { holdReload } from '../../common/policy-reload.js';
import { createClient, type Client } from '../../common/socket-client.js';
import {
  castPayload,
  groupKey,
  isFinalRefusal,
  voterKey,
  type PendingVote,
  type Voter,
  voteHoldsReload,
} from './vote-policy.js';
import {
  loadOutbox,
  loadReceipts,
  loadTicket,
  phoneId,
  saveOutbox,
  saveReceipt,
  saveTicket,
  storageIsPersistent,
} from './vote-storage.js';
import { useVote } from './vote-store.js';

const RETRY_MS = 4000;
const CAST_TIMEOUT_MS = 10_000;

let client: Client<'voter'> | null = null;

const get = useVote.getState;

/**
 * Opens the voting view: a ticket from the scanned link wins, else the ticket this phone
 * used before, else this phone's own id when the organizer chose one vote per phone.
 */
export function startVoting(opts: { ticket: string | null; phoneMode: boolean }): () => void {
  // A link's ticket is checked here: one that cannot be a ticket is never stored or sent.
  const scanned = opts.ticket === null ? null : normalizeTicket(opts.ticket);
  if (scanned !== null) saveTicket(scanned);
  const ticket = opts.ticket !== null ? scanned : loadTicket();
  const voter: Voter | null =
    ticket !== null ? { ticket } : opts.phoneMode ? { phoneId: phoneId() } : null;
  useVote.setState({
    voter,
    badLink: opts.ticket !== null && scanned === null,
    outbox: loadOutbox(),
    receipts: loadReceipts(),
    persistent: storageIsPersistent(),
  });
  const c = createClient('voter', {});
  client = c;
  c.onStatus((connection) => {
    useVote.setState({ connection });
    if (connection.state === 'online') void refreshBallot().then(flush);
  });
  const offPush = c.onPush('ballot:changed', () => void refreshBallot());
  const stopRetry = outbox.retryEvery(RETRY_MS);
  // /publik may reload to follow the venue to a standby (its screen client does: votes are
  // in localStorage, kept by a same-origin reload); not while a vote is on its way, or while
  // this phone keeps votes in memory only.
  const offHold = holdReload(() =>
    voteHoldsReload({
      inFlight: outbox.inFlightId() !== null,
      persistent: storageIsPersistent(),
      waiting: get().outbox.length,
    }),
  );
  return () => {
    offHold();
    offPush();
    stopRetry();
    c.close();
    if (client === c) client = null;
  };
}

/** The voter typed a ticket code (already normalized and checked by the form). */
export function enterTicket(ticket: string): void {
  saveTicket(ticket);
  useVote.setState({
    voter: { ticket },
    badLink: false,
    ballot: null,
    ballotError: null,
    refusals: {},
  });
  void refreshBallot().then(flush);
}

/** Forget the ticket on this phone (to type another one). Waiting votes stay queued. */
export function forgetTicket(): void {
  saveTicket(null);
  useVote.setState({ voter: null, ballot: null, ballotError: null, refusals: {} });
}

export async function refreshBallot(): Promise<void> {
  const voter = get().voter;
  if (!client || !voter) return;
  const res = await client.call('ballot:get', voter);
  if (get().voter !== voter) return; // the voter changed while this was on the way
  if (res.ok) useVote.setState({ ballot: res.data, ballotError: null });
  else useVote.setState({ ballotError: res });
}

/** The voter confirmed: kept on the phone first, then sent. */
export function castVote(categoryId: string | null, entryId: string): void {
  const voter = get().voter;
  if (!voter) return;
  const vote: PendingVote = {
    voteId: newId(),
    voter,
    categoryId,
    entryId,
    createdAt: Date.now(),
    attempts: 0,
  };
  setOutbox((votes) => [...votes, vote]);
  const { [groupKey(categoryId)]: _cleared, ...refusals } = get().refusals;
  useVote.setState({ refusals, persistent: storageIsPersistent() });
  void flush();
}

/** Replaces the waiting votes: on the phone first, then in the store the view reads. */
function setOutbox(update: (votes: PendingVote[]) => PendingVote[]): void {
  const outbox = update(get().outbox);
  saveOutbox(outbox);
  useVote.setState({ outbox });
}

/** The phone's side of the shared outbox loop: localStorage and the voting store. */
const outbox = outboxLoop<PendingVote, VoteCastReply>({
  next: () => get().outbox[0] ?? null,
  idOf: (vote) => vote.voteId,
  sender: () => {
    const c = client;
    if (!c || c.status().state !== 'online') return null;
    return (vote) => c.call('vote:cast', castPayload(vote), { timeoutMs: CAST_TIMEOUT_MS });
  },
  isFinal: isFinalRefusal,
  acknowledged: (vote, reply) => {
    const receipts = saveReceipt({
      voterKey: voterKey(vote.voter),
      categoryId: reply.categoryId,
      entryId: reply.entryId,
      receipt: reply.receipt,
    });
    useVote.setState({ receipts });
  },
  refused: refuse,
  remove: (vote) => setOutbox((votes) => votes.filter((v) => v.voteId !== vote.voteId)),
  update: (vote) => setOutbox((votes) => votes.map((v) => (v.voteId === vote.voteId ? vote : v))),
});

/** Sends waiting votes in order until one gets no answer. Safe to call any time. */
export async function flush(): Promise<void> {
  await outbox.flush();
}

function refuse(vote: PendingVote, error: ErrorEnvelope): void {
  // Already voted in this group: the refusal carries the vote that counts, shown again.
  if (error.receipt) {
    const receipts = saveReceipt({ voterKey: voterKey(vote.voter), ...error.receipt });
    useVote.setState({ receipts });
  }
  const current = get().voter;
  if (current && voterKey(current) === voterKey(vote.voter))
    useVote.setState({ refusals: { ...get().refusals, [groupKey(vote.categoryId)]: error } });
  // The ballot says what stands now (the first vote's receipt, a closed group).
  void refreshBallot();
}

/** Try to reach the server now instead of waiting for the back-off. */
export function reconnectNow(): void {
  client?.reconnect();
}
