// The voter's side of people's choice: who is voting (a ticket or a phone id), their
// ballot, and one vote. The policy (shared/voting.ts votingPolicy): the first vote in a
// group counts; a second one is refused with the first receipt; the same vote id resent
// gets the same receipt and is counted once. Guess throttling and the auditing of refusals
// are the socket layer's (realtime/voter.ts); this module only decides.
import { DomainError } from '../../../shared/contract/errors.js';
import type { ParsedOf } from '../../../shared/contract/call.js';
import type { voterCalls } from '../../../shared/contract/voter-calls.js';
import type { BallotView, VoteCastReply } from '../../../shared/contract/voting-views.js';
import { formatTicket, normalizeTicket, receiptLength } from '../../../shared/voting.js';
import type { StoredVote, Voter } from '../db/voting-repo.js';
import type { Venue } from '../services/venue.js';
import { randomCode } from './control.js';
import { requireGroup, votingGroups } from './groups.js';

export type VoterLookup =
  | { voter: Voter }
  /** malformed: not even shaped like a ticket (no guess at one: costs its address only). */
  | { refused: 'TICKET_UNKNOWN'; malformed: boolean }
  | { refused: 'TICKET_VOIDED' | 'BAD_INPUT'; detail?: string };

/** Who is voting. Never throws: the socket layer throttles and audits by the outcome. */
export function lookupVoter(
  venue: Venue,
  input: { ticket?: string | undefined; phoneId?: string | undefined },
): VoterLookup {
  if (input.phoneId !== undefined) {
    if (venue.repos.voting.settings().mode !== 'phone')
      return { refused: 'BAD_INPUT', detail: 'this festival votes with tickets, not phones' };
    return { voter: { phoneId: input.phoneId } };
  }
  const code = normalizeTicket(input.ticket ?? '');
  if (code === null) return { refused: 'TICKET_UNKNOWN', malformed: true };
  const ticket = venue.repos.voting.ticket(code);
  if (!ticket) return { refused: 'TICKET_UNKNOWN', malformed: false };
  if (ticket.voidedAt !== null) return { refused: 'TICKET_VOIDED' };
  return { voter: { ticketCode: code } };
}

/** How the audit log names a voter (the ticket in print form, a phone by its id's start). */
export function voterLabel(voter: Voter): string {
  return 'ticketCode' in voter
    ? `ticket ${formatTicket(voter.ticketCode)}`
    : `phone ${voter.phoneId.slice(0, 8)}`;
}

const sameVoter = (v: StoredVote, voter: Voter) =>
  'ticketCode' in voter ? v.ticketCode === voter.ticketCode : v.phoneId === voter.phoneId;

const receiptOf = (v: StoredVote) => ({
  receipt: v.receipt,
  entryId: v.entryId,
  categoryId: v.groupKey === '' ? null : v.groupKey,
});

export function ballot(venue: Venue, voter: Voter): BallotView {
  const setup = venue.setup();
  if (!setup) throw new DomainError('NOT_FOUND', ['no festival is set up yet']);
  const repo = venue.repos.voting;
  const { mode, scope } = repo.settings();
  const open = repo.openGroups();
  const cast = new Map(repo.votesOf(voter).map((v) => [v.groupKey, v]));
  return {
    festivalName: setup.festival.name,
    mode,
    scope,
    groups: votingGroups(venue).map((g) => {
      const mine = cast.get(g.key);
      return {
        categoryId: g.categoryId,
        name: g.name,
        open: open.has(g.key),
        entries: g.entries.map((e) => ({
          id: e.id,
          code: e.code,
          title: e.title,
          institution: e.institution,
        })),
        cast: mine ? { entryId: mine.entryId, receipt: mine.receipt } : null,
      };
    }),
  };
}

export function castVote(
  venue: Venue,
  voter: Voter,
  input: ParsedOf<(typeof voterCalls)['vote:cast']>,
  actor: string,
): VoteCastReply {
  const repo = venue.repos.voting;
  const earlier = repo.voteById(input.voteId);
  if (earlier) {
    // A resend of a vote already stored: the same receipt, counted once (also after closing).
    const same =
      sameVoter(earlier, voter) &&
      earlier.groupKey === (input.categoryId ?? '') &&
      earlier.entryId === input.entryId;
    if (!same) throw new DomainError('VOTE_ID_REUSED');
    return { ...receiptOf(earlier), duplicate: true };
  }
  const group = requireGroup(venue, input.categoryId);
  if (!group.entries.some((e) => e.id === input.entryId))
    throw new DomainError('NOT_FOUND', [`entry ${input.entryId} is not in ${group.name}`]);
  if (!repo.openGroups().has(group.key)) throw new DomainError('VOTING_CLOSED', [group.name]);
  const first = repo.voteOf(voter, group.key);
  if (first)
    throw new DomainError('VOTE_ALREADY_CAST', [group.name], { receipt: receiptOf(first) });
  let receipt = randomCode(receiptLength);
  while (repo.receiptTaken(receipt)) receipt = randomCode(receiptLength);
  const vote: StoredVote = {
    voteId: input.voteId,
    ticketCode: 'ticketCode' in voter ? voter.ticketCode : null,
    phoneId: 'phoneId' in voter ? voter.phoneId : null,
    groupKey: group.key,
    entryId: input.entryId,
    receipt,
    castAt: venue.now(),
  };
  // Screens see votes only when the display shows turnout or the tally: otherwise only
  // the desk is told (no screen push for a change a screen cannot see).
  const seen = repo.settings().display !== 'hidden';
  venue.commit(seen ? [{ kind: 'voting', ballot: false }] : [], () => {
    repo.addVote(vote);
    venue.repos.audit.add({
      at: vote.castAt,
      actor,
      action: 'vote.cast',
      target: voterLabel(voter),
      new: { voteId: vote.voteId, categoryId: group.categoryId, entryId: vote.entryId, receipt },
    });
  });
  return { ...receiptOf(vote), duplicate: false };
}
