// Votes alone reach the screens at most every `votesEveryMs` (push-scheduler.ts): a burst
// of votes, each acknowledged before the next is sent, would otherwise push every screen
// once per vote. The test counts the pushes a screen receives during the burst against
// the most the throttle allows in that time, and checks the last vote still arrives.
import { describe, expect, it } from 'vitest';
import type { ScreenSnapshot } from '../../shared/contract/views.js';
import { votesEveryMs } from '../../electron/server/realtime/push-scheduler.js';
import { connect, expectOk, startTestServer, submissionId } from '../helpers/server.js';
import { openVoting } from '../helpers/voting.js';

const votes = 30;

describe('votes reach screens throttled', () => {
  it(`pushes a screen at most once per ${votesEveryMs} ms during a burst of votes, the last vote included`, async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const { tickets, categoryId, entryIds } = await openVoting(org, votes);
    const entryId = entryIds[0]!;
    expectOk(await org.call('voting:settings', { display: 'turnout' }));
    const turnout = (s: ScreenSnapshot) =>
      s.voting?.groups.find((g) => g.categoryId === categoryId)?.turnout ?? -1;

    const screen = await connect(t.url, 'screen', { name: 'utama' });
    await screen.waitFor((s) => turnout(s) === 0);
    const voter = await connect(t.url, 'voter', {});

    let pushes = 0;
    const count = () => pushes++;
    screen.socket.on('patch', count);
    screen.socket.on('snapshot', count);
    const start = performance.now();
    for (const ticket of tickets)
      expectOk(
        await voter.call('vote:cast', {
          voteId: submissionId(),
          ticket: ticket.code,
          categoryId,
          entryId,
        }),
      );
    await screen.waitFor((s) => turnout(s) === votes, 10_000);
    const elapsed = performance.now() - start;

    // Every push the server sent for this burst happened between the first vote and the
    // last arrival: the throttle allows one at once and then one per period.
    const allowed = Math.floor(elapsed / votesEveryMs) + 1;
    expect(pushes).toBeGreaterThan(0);
    expect(pushes).toBeLessThanOrEqual(allowed);
    screen.close();
    voter.close();
    org.close();
  });
});
