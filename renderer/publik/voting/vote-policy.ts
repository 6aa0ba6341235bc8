// Pure rules of the phone's vote outbox: what a waiting vote is, which server answers end
// it, and the ballot identity a vote belongs to. No storage, no socket: tested in
// test/renderer/voting-logic.test.ts. The juror pad's outbox (renderer/juri/outbox-policy.ts)
// is the model: an id made on the phone before the first attempt, the same id on every
// resend, so the server counts it once however often the Wi-Fi drops the answer.

/** Who votes: a printed ticket, or (the weaker mode) this phone's own random id. */
export type Voter = { ticket: string } | { phoneId: string };

export type PendingVote = {
  voteId: string;
  voter: Voter;
  /** null = the festival-wide group. */
  categoryId: string | null;
  entryId: string;
  /** Local clock, for ordering only. */
  createdAt: number;
  attempts: number;
};

/** A vote the server stored: the receipt the phone shows ("Suara Anda tercatat"). */
export type Receipt = {
  voterKey: string;
  categoryId: string | null;
  entryId: string;
  receipt: string;
};

/** One string per ballot (ticket or phone), to keep receipts and votes apart on a shared phone. */
export function voterKey(voter: Voter): string {
  return 'ticket' in voter ? `ticket:${voter.ticket}` : `phone:${voter.phoneId}`;
}

/** The group a vote or receipt belongs to, as a map key. */
export function groupKey(categoryId: string | null): string {
  return categoryId ?? '*';
}

/**
 * Answers that will not change by sending again: the vote leaves the outbox and the voter
 * is told. Anything else (no answer, rate limited, storage failed, internal) keeps it for
 * the next attempt with the same vote id.
 */
const finalCodes: ReadonlySet<string> = new Set([
  'BAD_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'TICKET_UNKNOWN',
  'TICKET_VOIDED',
  'VOTING_CLOSED',
  'VOTE_ALREADY_CAST',
  'VOTE_ID_REUSED',
]);

export function isFinalRefusal(code: string): boolean {
  return finalCodes.has(code);
}

/** The waiting vote of this ballot in this group, if any (at most one is ever queued). */
export function pendingFor(
  outbox: readonly PendingVote[],
  key: string,
  categoryId: string | null,
): PendingVote | null {
  return outbox.find((v) => voterKey(v.voter) === key && v.categoryId === categoryId) ?? null;
}

/** Wire payload of a waiting vote (the contract's vote:cast input). */
export function castPayload(v: PendingVote) {
  return { voteId: v.voteId, ...v.voter, categoryId: v.categoryId, entryId: v.entryId };
}

/**
 * Must /publik wait before reloading to follow the venue to a standby (policy-reload.ts)?
 * Votes kept in localStorage survive a same-origin reload; a vote on its way does not
 * know its answer yet, and votes kept in memory only (no storage) would be lost.
 */
export function voteHoldsReload(phone: {
  inFlight: boolean;
  persistent: boolean;
  waiting: number;
}): boolean {
  return phone.inFlight || (!phone.persistent && phone.waiting > 0);
}
