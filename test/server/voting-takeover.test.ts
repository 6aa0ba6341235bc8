// People's choice follows a take-over, over the protocol with the pages' own client
// (renderer/common/socket-client.ts, venue-follow rules) on real servers and real SQLite
// files: a phone's voter connection learns where the venue lives (the voter `snapshot`),
// a vote left in the outbox when the primary dies is resent with its id to the standby
// once a person took over, and counted once; a vote the primary acknowledged (and the
// standby copied) is a duplicate there; the old primary, back on its folder, refuses.
import { afterAll, describe, expect, it } from 'vitest';
import { startVenueServer, type VenueServer } from '../../electron/server/venue-server.js';
import { createClient, type Client as PageClient } from '../../renderer/common/socket-client.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import type { VoteCastInput } from '../../shared/contract/voting-schemas.js';
import {
  connect,
  expectOk,
  quietLog,
  removeDir,
  startTestServer,
  tempDir,
} from '../helpers/server.js';
import { openVoting } from '../helpers/voting.js';

const category = 'opd';
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function startStandby(url: string, code: string): Promise<VenueServer> {
  const dataDir = tempDir();
  dirs.push(dataDir);
  return startVenueServer({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    log: quietLog,
    standbyOf: { url, code },
  });
}

/** Resolves once the page client's status satisfies `pred` (bounded by the test timeout). */
function until(phone: PageClient<'voter'>, pred: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (pred()) return resolve();
    const off = phone.onStatus(() => {
      if (!pred()) return;
      off();
      resolve();
    });
  });
}

describe("people's choice through a take-over", () => {
  it('resends a waiting vote to the standby after the take-over and counts it once', async () => {
    const primary = await startTestServer();
    dirs.push(primary.dataDir);
    const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
    const { codes, entryIds } = await openVoting(org, 3, [category]);
    const [e1, e2] = entryIds;
    const pairing = expectOk(await org.call('standby:pairing', {}));
    const standby = await startStandby(primary.url, pairing.code);
    const standbyUrl = standby.urls.local;
    await org.waitFor((s) => s.standby?.connected === true, 10_000);

    // The phone's voter connection on the primary learns both addresses.
    const voter = await connect(primary.url, 'voter', {});
    const told = await voter.waitFor((s) => s.venue.addresses.length === 2);
    expect(told.venue).toEqual({
      epoch: 1,
      role: 'primary',
      replaced: false,
      addresses: [primary.url, standbyUrl],
    });
    voter.close();
    const phone = createClient('voter', {}, { baseUrl: primary.url, failoverAfterMs: 300 });
    await until(phone, () => phone.status().state === 'online');
    const cast = async (input: VoteCastInput) => {
      const res = await phone.call('vote:cast', input);
      if (!res.ok) throw new Error(`vote refused: ${res.code}`);
      return res.data;
    };

    const acked: VoteCastInput = {
      ticket: codes[0]!,
      voteId: 'takeover-acked',
      categoryId: category,
      entryId: e1!,
    };
    expect((await cast(acked)).duplicate).toBe(false);
    const sOrg = await connect(standbyUrl, 'organizer', { key: standby.organizerKey });
    const turnout = (s: OrganizerSnapshot) =>
      s.voting.groups.find((g) => g.categoryId === category)?.turnout ?? -1;
    await sOrg.waitFor((s) => turnout(s) === 1, 10_000);

    // The primary dies with a vote in the phone's outbox: no answer, it stays to be resent.
    org.close();
    await primary.stop();
    const waiting: VoteCastInput = {
      ticket: codes[1]!,
      voteId: 'takeover-waiting',
      categoryId: category,
      entryId: e2!,
    };
    const lost = await phone.call('vote:cast', waiting);
    expect(!lost.ok && 'transport' in lost).toBe(true);

    // A person takes over on the standby; the phone finds it as the primary of epoch 2.
    expect(expectOk(await sOrg.call('standby:takeover', { confirm: true })).epoch).toBe(2);
    await until(phone, () => phone.status().state === 'online' && phone.server() === standbyUrl);
    expect((await cast(waiting)).duplicate).toBe(false);
    expect((await cast(waiting)).duplicate).toBe(true);
    expect((await cast(acked)).duplicate).toBe(true);

    // Counted once each: the tally equals the test's own two votes.
    const after = await sOrg.waitFor((s) => turnout(s) === 2);
    const tally = after.voting.groups.find((g) => g.categoryId === category)!.tally;
    expect(tally.find((r) => r.entryId === e1)?.votes).toBe(1);
    expect(tally.find((r) => r.entryId === e2)?.votes).toBe(1);
    expect(tally.reduce((n, r) => n + r.votes, 0)).toBe(2);

    // The old primary back on its folder refuses the vote with REPLACED.
    const again = await startTestServer({ dataDir: primary.dataDir });
    const oldVoter = await connect(again.url, 'voter', {});
    const old = await oldVoter.waitFor((s) => s.venue.replaced);
    expect(old.venue.replaced).toBe(true);
    const stale = await oldVoter.call('vote:cast', {
      ...waiting,
      voteId: 'takeover-stale',
      ticket: codes[2]!,
    });
    expect(stale.ok ? null : stale.code).toBe('REPLACED');

    oldVoter.close();
    phone.close();
    sOrg.close();
    await again.stop();
    await standby.close();
  }, 60_000);
});
