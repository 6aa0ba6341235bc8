// People's choice over the protocol, on a real server: tickets, opening per category, the
// first-vote policy (a second vote refused with the first receipt, a resend counted once),
// voided and unknown tickets, settings frozen by votes, screens shaped by the display
// setting, the favourite's reveal, the audit trail, and favourites kept apart from the
// jury's standings.
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../shared/contract/errors.js';
import type { ScreenSnapshot } from '../../shared/contract/views.js';
import { formatTicket, normalizeTicket } from '../../shared/voting.js';
import { connect, expectOk, startTestServer, submissionId } from '../helpers/server.js';
import { makeTickets } from '../helpers/voting.js';

async function festivalWithTickets(count: number) {
  const t = await startTestServer();
  const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  const snap = await org.waitFor(() => true);
  const tickets = await makeTickets(org, count);
  const voter = await connect(t.url, 'voter', {});
  const [opd, other] = snap.categories;
  const entriesOf = (categoryId: string) =>
    snap.entries.filter((e) => e.categoryId === categoryId).map((e) => e.id);
  return { t, org, snap, voter, tickets, opd: opd!.id, other: other!.id, entriesOf };
}

const refusal = (res: { ok: boolean }) => res as ErrorEnvelope;

describe("people's choice", () => {
  it('counts the first vote per ticket and category, refuses a second with its receipt', async () => {
    const { org, voter, tickets, opd, other, entriesOf } = await festivalWithTickets(3);
    expect(tickets.map((x) => x.serial)).toEqual([1, 2, 3]);
    for (const x of tickets)
      expect(normalizeTicket(formatTicket(x.code).toLowerCase())).toBe(x.code);
    const [a, b] = entriesOf(opd);
    const ticket = formatTicket(tickets[0]!.code).toLowerCase();

    const closed = await voter.call('vote:cast', {
      voteId: submissionId(),
      ticket,
      categoryId: opd,
      entryId: a!,
    });
    expect(refusal(closed).code).toBe('VOTING_CLOSED');

    const told = new Promise<void>((resolve) => voter.socket.once('ballot:changed', resolve));
    expectOk(await org.call('voting:open', { categoryId: opd, open: true }));
    await told; // the phone is told to fetch its ballot again
    const ballot = expectOk(await voter.call('ballot:get', { ticket }));
    expect(ballot.groups.find((g) => g.categoryId === opd)).toMatchObject({
      open: true,
      cast: null,
    });
    expect(ballot.groups.find((g) => g.categoryId === other)?.open).toBe(false);

    const voteId = submissionId();
    const first = expectOk(
      await voter.call('vote:cast', { voteId, ticket, categoryId: opd, entryId: a! }),
    );
    expect(first).toMatchObject({ entryId: a, categoryId: opd, duplicate: false });
    const again = expectOk(
      await voter.call('vote:cast', { voteId, ticket, categoryId: opd, entryId: a! }),
    );
    expect(again).toEqual({ ...first, duplicate: true });
    const reused = await voter.call('vote:cast', { voteId, ticket, categoryId: opd, entryId: b! });
    expect(refusal(reused).code).toBe('VOTE_ID_REUSED');
    const second = refusal(
      await voter.call('vote:cast', {
        voteId: submissionId(),
        ticket,
        categoryId: opd,
        entryId: b!,
      }),
    );
    expect(second.code).toBe('VOTE_ALREADY_CAST');
    expect(second.receipt).toEqual({ receipt: first.receipt, entryId: a, categoryId: opd });
    const mine = expectOk(await voter.call('ballot:get', { ticket: tickets[0]!.code }));
    expect(mine.groups.find((g) => g.categoryId === opd)?.cast).toEqual({
      entryId: a,
      receipt: first.receipt,
    });

    // A vote for an entry of another category is no vote in this one.
    const stray = entriesOf(other)[0]!;
    const wrong = await voter.call('vote:cast', {
      voteId: submissionId(),
      ticket: tickets[1]!.code,
      categoryId: opd,
      entryId: stray,
    });
    expect(refusal(wrong).code).toBe('NOT_FOUND');

    const tally = expectOk(await org.call('voting:tally', {}));
    const group = tally.find((g) => g.categoryId === opd)!;
    expect(group.turnout).toBe(1);
    expect(group.tally.find((r) => r.entryId === a)).toMatchObject({ votes: 1, rank: 1 });

    // Closing keeps the count; a resend of the counted vote still gets its receipt.
    expectOk(await org.call('voting:open', { categoryId: opd, open: false }));
    expect(
      expectOk(await voter.call('vote:cast', { voteId, ticket, categoryId: opd, entryId: a! }))
        .duplicate,
    ).toBe(true);
    const late = await voter.call('vote:cast', {
      voteId: submissionId(),
      ticket: tickets[1]!.code,
      categoryId: opd,
      entryId: a!,
    });
    expect(refusal(late).code).toBe('VOTING_CLOSED');

    const audit = expectOk(await org.call('audit:list', { limit: 200 })).rows.map((r) => r.action);
    for (const action of [
      'tickets.make',
      'voting.open',
      'voting.close',
      'vote.cast',
      'vote.refused',
    ])
      expect(audit, action).toContain(action);
    org.close();
    voter.close();
  });

  it('refuses voided and unknown tickets; a void stops counting the votes cast with it', async () => {
    const { org, voter, tickets, opd, entriesOf } = await festivalWithTickets(2);
    const [a] = entriesOf(opd);
    expectOk(await org.call('voting:open', { categoryId: opd, open: true }));
    const cast = (ticket: string) =>
      voter.call('vote:cast', { voteId: submissionId(), ticket, categoryId: opd, entryId: a! });
    expectOk(await cast(tickets[0]!.code));
    expectOk(await cast(tickets[1]!.code));
    const voided = expectOk(
      await org.call('ticket:void', {
        code: formatTicket(tickets[0]!.code),
        reason: 'kupon hilang',
      }),
    );
    expect(voided).toEqual({ code: tickets[0]!.code, votes: 1 });
    expect(refusal(await cast(tickets[0]!.code)).code).toBe('TICKET_VOIDED');
    expect(refusal(await voter.call('ballot:get', { ticket: tickets[0]!.code })).code).toBe(
      'TICKET_VOIDED',
    );
    const group = expectOk(await org.call('voting:tally', {})).find((g) => g.categoryId === opd)!;
    expect(group).toMatchObject({ turnout: 1, voidedVotes: 1 });

    const unknown = tickets[1]!.code.split('').reverse().join('');
    expect(refusal(await cast(unknown)).code).toBe('TICKET_UNKNOWN');
    expect(refusal(await cast('12')).code).toBe('TICKET_UNKNOWN');
    // Phones are no voters in ticket mode.
    const phone = await voter.call('ballot:get', { phoneId: 'phone-0123456789abcdef' });
    expect(refusal(phone).code).toBe('BAD_INPUT');
    org.close();
    voter.close();
  });

  it('throttles ticket guesses per address, then answers without looking the code up', async () => {
    const { org, voter, tickets } = await festivalWithTickets(1);
    const guesses: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await voter.call('ballot:get', { ticket: `AAAAAAAA${'ABCDEFGHJKLM'[i]}A` });
      guesses.push(refusal(res).code);
    }
    expect(guesses.slice(0, 10)).toEqual(Array(10).fill('TICKET_UNKNOWN'));
    expect(guesses.at(-1)).toBe('THROTTLED');
    // While throttled, even a real ticket is not looked up (a blocked guess learns nothing).
    const real = refusal(await voter.call('ballot:get', { ticket: tickets[0]!.code }));
    expect(real.code).toBe('THROTTLED');
    expect(real.details?.[0]).toMatch(/retry after \d+ s \(address\)/);
    org.close();
    voter.close();
  });

  it('shapes what screens receive by the display setting, then reveals the favourite', async () => {
    const { t, org, voter, tickets, opd, entriesOf } = await festivalWithTickets(3);
    const [a, b] = entriesOf(opd);
    const screen = await connect(t.url, 'screen', { name: 'utama' });
    await screen.waitFor(() => true);
    expectOk(await org.call('voting:open', { categoryId: opd, open: true }));
    const vote = (i: number, entryId: string) =>
      voter.call('vote:cast', {
        voteId: submissionId(),
        ticket: tickets[i]!.code,
        categoryId: opd,
        entryId,
      });
    expectOk(await vote(0, a!));
    // Hidden (the default): no group, no number; only that voting is open, and how.
    const hidden = await screen.waitFor((s) => s.voting?.open === true);
    expect(hidden.voting).toEqual({
      mode: 'ticket',
      open: true,
      display: 'hidden',
      groups: [],
      reveal: null,
    });
    expectOk(await org.call('voting:settings', { display: 'turnout' }));
    const turnout = await screen.waitFor((s) => s.voting?.display === 'turnout');
    expect(turnout.voting?.groups.find((g) => g.categoryId === opd)).toMatchObject({
      turnout: 1,
      tally: null,
    });
    expect(JSON.stringify(turnout.voting)).not.toContain('"votes"');
    expectOk(await vote(1, b!));
    await screen.waitFor((s) => s.voting?.groups.find((g) => g.categoryId === opd)?.turnout === 2);
    expectOk(await org.call('voting:settings', { display: 'tally' }));
    const tally = await screen.waitFor((s) => s.voting?.display === 'tally');
    expect(
      tally.voting?.groups.find((g) => g.categoryId === opd)?.tally?.map((r) => r.votes),
    ).toEqual(expect.arrayContaining([1, 1]));
    expectOk(await vote(2, b!));
    expectOk(await org.call('voting:settings', { display: 'hidden' }));
    await screen.waitFor((s) => s.voting?.display === 'hidden' && s.voting.groups.length === 0);

    // The reveal waits for the group to close, then shows the winner whatever the display.
    const early = await org.call('favourite:reveal', { action: 'start', categoryId: opd });
    expect(refusal(early).code).toBe('BAD_TRANSITION');
    expectOk(await org.call('voting:open', { categoryId: opd, open: false }));
    expectOk(await org.call('favourite:reveal', { action: 'start', categoryId: opd }));
    const shown: ScreenSnapshot = await screen.waitFor((s) => s.voting?.reveal != null);
    expect(shown.screen.mode).toBe('voting');
    expect(shown.voting?.groups).toEqual([]);
    expect(shown.voting?.reveal?.winners.map((w) => [w.entry.id, w.votes])).toEqual([[b, 2]]);
    expect(shown.voting?.reveal?.turnout).toBe(3);
    expectOk(await org.call('favourite:reveal', { action: 'end' }));
    const after = await screen.waitFor((s) => s.screen.mode !== 'voting');
    expect(after.voting).toEqual({
      mode: 'ticket',
      open: false,
      display: 'hidden',
      groups: [],
      reveal: null,
    });
    screen.close();
    org.close();
    voter.close();
  });

  it('freezes mode and scope once a vote is stored; favourites never touch the standings', async () => {
    const { org, voter, tickets, opd, entriesOf, snap } = await festivalWithTickets(1);
    const stageId = snap.stages[0]!.id;
    const before = expectOk(await org.call('results:get', {}));
    expectOk(await org.call('voting:settings', { scope: 'festival' }));
    expectOk(await org.call('voting:settings', { scope: 'category' }));
    expectOk(await org.call('voting:open', { categoryId: opd, open: true }));
    const [a] = entriesOf(opd);
    expectOk(
      await voter.call('vote:cast', {
        voteId: submissionId(),
        ticket: tickets[0]!.code,
        categoryId: opd,
        entryId: a!,
      }),
    );
    // An entry with votes stays (its votes refer to it).
    const kept = refusal(await org.call('entry:delete', { id: a! }));
    expect(kept.code).toBe('INVALID_SETUP');
    expect(kept.details?.[0]).toMatch(/audience votes exist/);
    const frozen = await org.call('voting:settings', { scope: 'festival' });
    expect(refusal(frozen).code).toBe('BAD_TRANSITION');
    expectOk(await org.call('voting:settings', { display: 'tally' }));

    const results = expectOk(await org.call('results:get', {}));
    expect(results.stages).toEqual(before.stages);
    expect(results.combined).toEqual(before.combined);
    expect(results.favourites?.groups.find((g) => g.categoryId === opd)?.rows[0]).toMatchObject({
      entryId: a,
      votes: 1,
      rank: 1,
    });
    const desk = await org.waitFor((s) => s.voting.groups.some((g) => g.turnout === 1));
    expect(desk.standings[stageId]).toEqual(
      before.stages.find((s) => s.stage.id === stageId)?.standings,
    );
    org.close();
    voter.close();
  });
});
