// A vote, like a juror's sheet, is acknowledged only once an attached standby holds it.
// A real standby: read its file the moment the phone has its receipt, and the vote is
// there. A standby that receives the vote but never confirms it: the phone's receipt comes
// only after the bound, once the primary has dropped that standby (never while attached).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../electron/server/db/migrate.js';
import { replicaProtocol } from '../../shared/contract/replica.js';
import { dbFileName } from '../../electron/server/db/connection.js';
import { namespaces } from '../../shared/contract/namespaces.js';
import { connect, expectOk, removeDir, startTestServer, submissionId } from '../helpers/server.js';
import { openVoting } from '../helpers/voting.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe('votes with a standby attached', () => {
  it('acknowledges each vote only once the standby has stored it', async () => {
    const primary = await startTestServer();
    const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
    const pairing = expectOk(await org.call('standby:pairing', {}));
    const standby = await startTestServer({
      seedDemo: false,
      standbyOf: { url: primary.url, code: pairing.code },
    });
    await org.waitFor((s) => s.standby?.connected === true, 10_000);
    const { tickets, categoryId, entryIds } = await openVoting(org, 12);
    const entryId = entryIds[0]!;
    const voter = await connect(primary.url, 'voter', {});
    const file = new Database(join(standby.dataDir, dbFileName), { readonly: true });
    const stored = file.prepare('SELECT COUNT(*) AS n FROM vote WHERE vote_id = ?');
    let onStandby = 0;
    for (const ticket of tickets) {
      const voteId = submissionId();
      expectOk(await voter.call('vote:cast', { voteId, ticket: ticket.code, categoryId, entryId }));
      // At once, no waiting: the acknowledgement waited for the standby's commit.
      onStandby += (stored.get(voteId) as { n: number }).n;
    }
    file.close();
    expect(onStandby).toBe(tickets.length);
    voter.close();
    org.close();
  });

  it('never acknowledges a vote the attached standby has not confirmed', async () => {
    const primary = await startTestServer({ confirmWithinMs: 1500 });
    const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
    const pairing = expectOk(await org.call('standby:pairing', {}));
    // A standby that takes every change and confirms none.
    const silent = io(`${primary.url}${namespaces.replica}`, {
      auth: {
        protocol: replicaProtocol,
        code: pairing.code,
        base: ['http://127.0.0.9:9'],
        schema: schemaVersion,
      },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    let changes = 0;
    silent.on('changes', (batch: { rows: unknown[] }) => (changes += batch.rows.length));
    try {
      await new Promise<void>((resolve, reject) => {
        silent.once('connect_error', reject);
        silent.once('connect', () => silent.emit('replica:follow', { after: 0 }, () => resolve()));
      });
      await org.waitFor((s) => s.standby?.connected === true, 10_000);
      const { tickets, categoryId, entryIds } = await openVoting(org, 1);
      const entryId = entryIds[0]!;
      const voter = await connect(primary.url, 'voter', {});
      const before = changes;
      expectOk(
        await voter.call('vote:cast', {
          voteId: submissionId(),
          ticket: tickets[0]!.code,
          categoryId,
          entryId,
        }),
      );
      // The standby was sent the vote, yet the receipt came only once it was dropped.
      expect(changes).toBeGreaterThan(before);
      const desk = expectOk(await org.call('snapshot:get', {}));
      expect(desk.standby?.connected).toBe(false);
      expect(desk.alarms.map((a) => a.code)).toContain('STANDBY_LOST');
      voter.close();
    } finally {
      silent.close();
      org.close();
    }
  });
});
