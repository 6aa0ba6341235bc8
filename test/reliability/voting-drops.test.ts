// People's choice through Wi-Fi drops, over the protocol on a real server: 1,000 ballot
// tickets vote across 3 categories from phones that lose their connection at random
// (often right after sending, so the answer is lost and the vote is sent again with the
// same id). Some voters try a second vote, some resend an answered one, some tickets are
// voided before or after voting, a few codes are made up. The test keeps its own ledger of
// acknowledged votes, and the server's tally (desk, results and a screen) must equal the
// count the test makes from it: every acknowledged vote counted exactly once, nothing else.
// Seeded randomness; every loop is bounded.
import { describe, expect, it } from 'vitest';
import type { VoteCastReply } from '../../shared/contract/voting-views.js';
import { createVoterBot, type VoteOutcome } from '../../electron/server/sim/voter-bot.js';
import { rngFor } from '../../electron/server/sim/scoring-model.js';
import { connect, expectOk, startTestServer } from '../helpers/server.js';
import { openVoting } from '../helpers/voting.js';

const ballots = 1000;
const phones = 50;
const seed = 20261202;

type Acked = { ticket: string; categoryId: string; entryId: string; reply: VoteCastReply };

describe("people's choice through Wi-Fi drops", () => {
  it('counts every acknowledged vote exactly once; duplicates and voided tickets refused', async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const snap = await org.waitFor(() => true);
    const categories = snap.categories.slice(0, 3).map((c) => c.id);
    expect(categories).toHaveLength(3);
    const entries = new Map(
      categories.map((c) => [c, snap.entries.filter((e) => e.categoryId === c).map((e) => e.id)]),
    );
    expectOk(await org.call('voting:settings', { display: 'tally' }));
    const tickets = (await openVoting(org, ballots, categories)).codes;
    expect(tickets).toHaveLength(ballots);
    const screen = await connect(t.url, 'screen', { name: 'utama' }, { reconnection: true });

    const r = rngFor('voting-drops', seed);
    // Voided before voting (refused outright) and after voting (their votes stop counting).
    const voidedBefore = new Set(tickets.filter(() => r() < 0.02));
    for (const code of voidedBefore)
      expectOk(await org.call('ticket:void', { code, reason: 'kupon hilang' }));

    const acked: Acked[] = [];
    const refusals: Record<string, number> = {};
    const refuse = (code: string) => (refusals[code] = (refusals[code] ?? 0) + 1);
    let voteCounter = 0;
    const voteId = () => `vd${seed.toString(36)}x${(voteCounter++).toString(36)}`.padEnd(8, '0');

    const bots = Array.from({ length: phones }, () =>
      createVoterBot({ url: t.url, ackTimeoutMs: 4000 }),
    );
    // Each phone draws from its own seeded stream, so interleaving does not change its choices.
    async function voteAll(bot: (typeof bots)[number], mine: string[], i: number): Promise<void> {
      const r = rngFor('voting-drops', seed, i);
      const drop = () => (attempt: number) => attempt < 4 && r() < 0.15;
      for (const ticket of mine) {
        for (const categoryId of categories) {
          if (r() < 0.2) continue; // not every voter votes in every category
          const list = entries.get(categoryId)!;
          const entryId = list[Math.floor(r() * list.length)]!;
          const input = { voteId: voteId(), ticket, categoryId, entryId };
          const out: VoteOutcome = await bot.vote(input, drop());
          if (voidedBefore.has(ticket)) {
            expect(out.ok ? 'counted' : out.refusal.code).toBe('TICKET_VOIDED');
            refuse('TICKET_VOIDED');
            break;
          }
          if (!out.ok) throw new Error(`${ticket} ${categoryId}: refused ${out.refusal.code}`);
          expect(out.reply).toMatchObject({ entryId, categoryId });
          acked.push({ ticket, categoryId, entryId, reply: out.reply });
          if (r() < 0.1) {
            // The same vote resent: the same receipt, counted once.
            const again = await bot.vote(input, drop());
            expect(again.ok && again.reply).toEqual({ ...out.reply, duplicate: true });
          }
          if (r() < 0.1) {
            // A second vote in the same category: refused, with the first receipt.
            const other = list[(list.indexOf(entryId) + 1) % list.length]!;
            const second = await bot.vote({ ...input, voteId: voteId(), entryId: other }, drop());
            expect(second.ok ? 'counted' : second.refusal.code).toBe('VOTE_ALREADY_CAST');
            if (!second.ok) expect(second.refusal.receipt?.receipt).toBe(out.reply.receipt);
            refuse('VOTE_ALREADY_CAST');
          }
        }
      }
    }
    const share = (i: number) => tickets.filter((_, n) => n % phones === i);
    await Promise.all(bots.map((bot, i) => voteAll(bot, share(i), i)));
    const drops = bots.reduce((n, b) => n + b.drops(), 0);
    expect(drops).toBeGreaterThan(0);
    // Most ballots voted in more than one category: far more votes than ballots.
    expect(acked.length).toBeGreaterThan(ballots);

    // Made-up codes are no tickets.
    for (const guess of ['AAAAAAAAAA', 'ZZZZZZZZZZ', '2222233333']) {
      const categoryId = categories[0]!;
      const entryId = entries.get(categoryId)![0]!;
      const out = await bots[0]!.vote({ voteId: voteId(), ticket: guess, categoryId, entryId });
      expect(out.ok ? 'counted' : out.refusal.code).toBe('TICKET_UNKNOWN');
    }

    // Voided after voting: their votes stay stored and stop counting.
    const votedTickets = [...new Set(acked.map((a) => a.ticket))];
    const voidedAfter = new Set(votedTickets.filter(() => r() < 0.02));
    for (const code of voidedAfter) {
      const res = expectOk(await org.call('ticket:void', { code, reason: 'kupon dicuri' }));
      expect(res.votes).toBe(acked.filter((a) => a.ticket === code).length);
    }

    // The test's own count from its ledger.
    const counted = acked.filter((a) => !voidedAfter.has(a.ticket));
    const expected = new Map<string, number>();
    for (const a of counted) {
      const key = `${a.categoryId}/${a.entryId}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    // No vote acknowledged twice under different receipts, none lost.
    expect(new Set(acked.map((a) => a.reply.receipt)).size).toBe(acked.length);
    expect(new Set(acked.map((a) => `${a.ticket}/${a.categoryId}`)).size).toBe(acked.length);

    const countedBy = (
      groups: Array<{ categoryId: string | null; rows: Array<{ entryId: string; votes: number }> }>,
    ) => {
      const out = new Map<string, number>();
      for (const g of groups.filter((x) => categories.includes(x.categoryId ?? '')))
        for (const row of g.rows)
          if (row.votes > 0) out.set(`${g.categoryId}/${row.entryId}`, row.votes);
      return out;
    };
    const tally = expectOk(await org.call('voting:tally', {}));
    expect(countedBy(tally.map((g) => ({ categoryId: g.categoryId, rows: g.tally })))).toEqual(
      expected,
    );
    for (const categoryId of categories) {
      const g = tally.find((x) => x.categoryId === categoryId)!;
      expect(g.turnout).toBe(counted.filter((a) => a.categoryId === categoryId).length);
      expect(g.voidedVotes).toBe(
        acked.filter((a) => a.categoryId === categoryId && voidedAfter.has(a.ticket)).length,
      );
    }
    const results = expectOk(await org.call('results:get', {}));
    expect(countedBy(results.favourites!.groups)).toEqual(expected);

    // The projector converges on the same numbers.
    const total = counted.length;
    const shown = await screen.waitFor(
      (s) =>
        (s.voting?.groups ?? []).reduce(
          (n, g) => n + (categories.includes(g.categoryId ?? '') ? g.turnout : 0),
          0,
        ) === total,
      15_000,
    );
    for (const g of shown.voting!.groups.filter((x) => categories.includes(x.categoryId ?? '')))
      for (const row of g.tally ?? [])
        expect(row.votes, `${g.categoryId}/${row.entry.id}`).toBe(
          expected.get(`${g.categoryId}/${row.entry.id}`) ?? 0,
        );

    // Each voter's ballot shows the receipt the phone was given (a sample).
    const phone = await connect(t.url, 'voter', {});
    for (const a of counted.filter(() => r() < 0.1).slice(0, 40)) {
      const ballot = expectOk(await phone.call('ballot:get', { ticket: a.ticket }));
      const cast = ballot.groups.find((g) => g.categoryId === a.categoryId)?.cast;
      expect(cast).toEqual({ entryId: a.entryId, receipt: a.reply.receipt });
    }
    phone.close();

    expect(refusals.TICKET_VOIDED ?? 0).toBeGreaterThan(0);
    expect(refusals.VOTE_ALREADY_CAST ?? 0).toBeGreaterThan(0);
    for (const b of bots) b.close();
    screen.close();
    org.close();
  }, 240_000);
});
