// The phone's vote outbox rules (renderer/publik/voting/vote-policy.ts) and the first
// load's look at the address (vote-keys.ts): pure functions, no page.
import { describe, expect, it } from 'vitest';
import {
  castPayload,
  groupKey,
  isFinalRefusal,
  pendingFor,
  voteHoldsReload,
  voterKey,
  type PendingVote,
} from '../../renderer/publik/voting/vote-policy.js';
import { ticketFromSearch } from '../../renderer/publik/voting/vote-keys.js';
import { voteEn, voteId } from '../../renderer/publik/voting/vote-locales.js';
import { votingScreenEn, votingScreenId } from '../../renderer/layar/voting-locales.js';
import { votingEn } from '../../renderer/panitia/locales/voting-en.js';
import { votingId } from '../../renderer/panitia/locales/voting-id.js';
import { messageKeys } from '../../renderer/common/i18n.js';

const vote = (over: Partial<PendingVote>): PendingVote => ({
  voteId: 'vote-00000001',
  voter: { ticket: 'ABCDEFGHJK' },
  categoryId: 'opd',
  entryId: 'e1',
  createdAt: 1,
  attempts: 0,
  ...over,
});

describe('vote outbox policy', () => {
  it('holds a reload to follow a standby while a vote is on its way or kept in memory only', () => {
    const phone = { inFlight: false, persistent: true, waiting: 0 };
    expect(voteHoldsReload(phone)).toBe(false);
    // Waiting votes in localStorage survive the reload; one on its way waits for its answer.
    expect(voteHoldsReload({ ...phone, waiting: 2 })).toBe(false);
    expect(voteHoldsReload({ ...phone, waiting: 1, inFlight: true })).toBe(true);
    // No storage: waiting votes live in this document only.
    expect(voteHoldsReload({ ...phone, persistent: false })).toBe(false);
    expect(voteHoldsReload({ ...phone, persistent: false, waiting: 1 })).toBe(true);
  });

  it('ends a vote only on answers that will not change by resending', () => {
    const final = ['TICKET_UNKNOWN', 'TICKET_VOIDED', 'VOTING_CLOSED', 'VOTE_ALREADY_CAST'];
    for (const code of [...final, 'VOTE_ID_REUSED', 'NOT_FOUND', 'BAD_INPUT'])
      expect(isFinalRefusal(code), code).toBe(true);
    for (const code of ['RATE_LIMITED', 'THROTTLED', 'STORAGE_FAILED', 'INTERNAL', 'TIMEOUT'])
      expect(isFinalRefusal(code), code).toBe(false);
  });

  it('keeps ballots apart by ticket or phone, and groups by category or festival', () => {
    expect(voterKey({ ticket: 'ABCDEFGHJK' })).not.toBe(voterKey({ phoneId: 'ABCDEFGHJK' }));
    expect(groupKey(null)).not.toBe(groupKey('opd'));
    const queued = [vote({}), vote({ voteId: 'v2', voter: { phoneId: 'p'.repeat(22) } })];
    expect(pendingFor(queued, voterKey({ ticket: 'ABCDEFGHJK' }), 'opd')?.voteId).toBe(
      'vote-00000001',
    );
    expect(pendingFor(queued, voterKey({ ticket: 'ABCDEFGHJK' }), null)).toBeNull();
    expect(pendingFor(queued, voterKey({ phoneId: 'p'.repeat(22) }), 'opd')?.voteId).toBe('v2');
  });

  it('sends the same vote id, the voter and the group on every attempt', () => {
    const v = vote({ attempts: 3 });
    expect(castPayload(v)).toEqual({
      voteId: v.voteId,
      ticket: 'ABCDEFGHJK',
      categoryId: 'opd',
      entryId: 'e1',
    });
    expect(castPayload(vote({ voter: { phoneId: 'x'.repeat(22) }, categoryId: null }))).toEqual({
      voteId: v.voteId,
      phoneId: 'x'.repeat(22),
      categoryId: null,
      entryId: 'e1',
    });
  });

  it('reads a scanned ticket link, and nothing from an ordinary address', () => {
    expect(ticketFromSearch('?kupon=ABCDEFGHJK')).toBe('ABCDEFGHJK');
    expect(ticketFromSearch('?nama=publik&kupon=abcde-fghjk')).toBe('abcde-fghjk');
    expect(ticketFromSearch('?kupon=')).toBeNull();
    expect(ticketFromSearch('')).toBeNull();
  });
});

describe("people's choice messages", () => {
  it('English matches Indonesian key for key (phone, projector, desk)', () => {
    expect(messageKeys(voteEn).sort()).toEqual(messageKeys(voteId).sort());
    expect(messageKeys(votingScreenEn).sort()).toEqual(messageKeys(votingScreenId).sort());
    expect(messageKeys(votingEn).sort()).toEqual(messageKeys(votingId).sort());
  });
});
