// The /voter namespace (people's choice): anonymous phones, each call carrying its ticket
// (or phone id). Ticket guesses go through a login guard like juror PINs: an unknown ticket
// costs its address and a venue-wide budget, and while throttled a ticket is not even
// looked up. Refused votes are audited: one row each, up to a few per address and minute,
// the rest (and every unknown-ticket guess) summed per minute by the login watch. Each
// phone is told where the venue lives (a `snapshot` with `venue`) to follow a take-over: on
// connect, with every ballot change, and whenever it changes.
import type { Namespace } from 'socket.io';
import { DomainError } from '../../../shared/contract/errors.js';
import { voterCalls } from '../../../shared/contract/voter-calls.js';
import type { Voter } from '../db/voting-repo.js';
import type { Logger } from '../log.js';
import type { Venue } from '../services/venue.js';
import { venueInfo } from '../services/place.js';
import { ballot, castVote, lookupVoter, voterLabel } from '../voting/cast.js';
import { addressOf, retryDetails } from './auth.js';
import { bindCalls } from './bind.js';
import { createLoginGuard, ticketGuessLimits, type GuardLimits } from './login-guard.js';
import type { LoginWatch } from './login-watch.js';
import { createRefusalAudit, createRefusals } from './refusals.js';

/** Refusals of a known voter that are audited (who tried what, when). */
const auditedRefusals = new Set([
  'TICKET_VOIDED',
  'VOTING_CLOSED',
  'VOTE_ALREADY_CAST',
  'VOTE_ID_REUSED',
  'NOT_FOUND',
]);

export type VoterOptions = {
  log: Logger;
  watch: LoginWatch;
  rateLimit: { perSec: number; burst: number };
  limits?: GuardLimits;
  /** Resolves once an attached standby holds every commit so far (as for jurors' sheets). */
  confirmed: () => Promise<void>;
};

export function createVoterSide(ns: Namespace, venue: Venue, opts: VoterOptions) {
  const limits = opts.limits ?? ticketGuessLimits;
  const guesses = createLoginGuard(limits);
  const refused = createRefusals(venue, opts.log, opts.watch);
  const audit = createRefusalAudit(venue);

  /** One audit row per refused vote, up to a few per address and minute; then summed. */
  const auditRefusal = (address: string, target: string, code: string, detail: unknown) => {
    if (audit.overShare(address))
      return opts.watch.count({
        actor: 'voter',
        action: 'vote.refused',
        target: 'vote',
        address,
        code,
      });
    audit.write({
      actor: `voter@${address}`,
      action: 'vote.refused',
      target,
      new: { code, ...(detail as object) },
    });
  };

  const identify = (
    input: { ticket?: string | undefined; phoneId?: string | undefined },
    address: string,
  ): Voter => {
    const now = venue.now();
    const isTicket = input.ticket !== undefined;
    if (isTicket) {
      const verdict = guesses.check(address, now);
      if (!verdict.allowed) {
        opts.watch.count({
          actor: 'voter',
          action: 'ticket-refused',
          target: 'ticket',
          address,
          code: 'THROTTLED',
        });
        throw new DomainError('THROTTLED', retryDetails(verdict));
      }
    }
    const found = lookupVoter(venue, input);
    if ('voter' in found) return found.voter;
    if (found.refused === 'TICKET_UNKNOWN') {
      guesses.fail(address, now, !found.malformed);
      opts.watch.count({
        actor: 'voter',
        action: 'ticket-refused',
        target: 'ticket',
        address,
        code: 'TICKET_UNKNOWN',
      });
      if (guesses.venueCount(now) >= Math.ceil(limits.venueFailures / 3))
        opts.watch.alarm('TICKET_GUESSES', {
          id: 'Banyak kode kupon salah: mungkin ada yang menebak. Kupon dibatasi.',
          en: 'Many wrong ballot ticket codes: someone may be guessing. Tickets are throttled.',
        });
      throw new DomainError('TICKET_UNKNOWN');
    }
    if (found.refused === 'TICKET_VOIDED')
      auditRefusal(address, `ticket ${input.ticket ?? ''}`.slice(0, 60), 'TICKET_VOIDED', {});
    throw new DomainError(
      found.refused,
      found.refused === 'BAD_INPUT' && found.detail ? [found.detail] : undefined,
    );
  };

  /** Where the venue lives: a phone's outbox follows a take-over with it (venue-follow). */
  const snapshot = () => ({ venue: venueInfo(venue.place, venue.repos.meta) });

  ns.on('connection', (socket) => {
    const address = addressOf(socket);
    socket.emit('snapshot', snapshot());
    const who = `voter@${address}`;
    bindCalls(
      socket,
      voterCalls,
      {
        'ballot:get': (input) => ballot(venue, identify(input, address)),
        'vote:cast': async (input) => {
          const voter = identify(input, address);
          try {
            const reply = castVote(venue, voter, input, who);
            // Acknowledged only once a standby has it too: a take-over loses no counted vote.
            await opts.confirmed();
            return reply;
          } catch (err) {
            if (err instanceof DomainError && auditedRefusals.has(err.code))
              auditRefusal(address, voterLabel(voter), err.code, {
                voteId: input.voteId,
                categoryId: input.categoryId,
                entryId: input.entryId,
              });
            throw err;
          }
        },
      },
      {
        log: opts.log,
        rateLimit: opts.rateLimit,
        who,
        call: venue.call,
        onRefused: refused(who, address),
      },
    );
  });

  return {
    /** Voting opened or closed, or the ballot's content changed: phones refetch. */
    ballotChanged(): void {
      ns.emit('snapshot', snapshot());
      ns.emit('ballot:changed');
    },
    /** Where the venue lives changed (a standby paired, a take-over): phones learn it now. */
    venueChanged(): void {
      ns.emit('snapshot', snapshot());
    },
  };
}
