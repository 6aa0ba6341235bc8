// Refused votes reach the audit log as screens' refusals do (realtime/refusals.ts): from one
// phone address, a few rows one by one per minute, the rest summed into one row by the
// login watch, so a phone hammering a voided ticket cannot fill the audit log; none lost.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { screenRefusalsPerMinute } from '../../electron/server/realtime/refusals.js';
import type { ErrorEnvelope } from '../../shared/contract/errors.js';
import { connect, expectOk, removeDir, startTestServer, submissionId } from '../helpers/server.js';
import { openVoting } from '../helpers/voting.js';

const attempts = 3 * screenRefusalsPerMinute;

describe('refused votes in the audit log', () => {
  it(`audits at most ${screenRefusalsPerMinute} refused votes an address and minute one by one, sums the rest`, async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const { codes, categoryId, entryIds } = await openVoting(org, 1);
    const ticket = codes[0]!;
    expectOk(await org.call('ticket:void', { code: ticket, reason: 'kupon hilang' }));
    const voter = await connect(t.url, 'voter', {});
    for (let i = 0; i < attempts; i++) {
      const res = await voter.call('vote:cast', {
        voteId: submissionId(),
        ticket,
        categoryId,
        entryId: entryIds[0]!,
      });
      expect((res as ErrorEnvelope).code).toBe('TICKET_VOIDED');
    }
    voter.close();
    org.close();
    await t.stop(); // the login watch writes its summed rows on the way down

    const db = new Database(join(t.dataDir, dbFileName), { readonly: true });
    const rows = db
      .prepare("SELECT actor, new_json FROM audit_log WHERE action = 'vote.refused'")
      .all() as { actor: string; new_json: string }[];
    db.close();
    removeDir(t.dataDir);
    const one = rows.filter((r) => r.actor.startsWith('voter@'));
    const summed = rows.filter((r) => r.actor === 'voter');
    const counted = summed
      .map((r) => (JSON.parse(r.new_json) as { count: number }).count)
      .reduce((a, b) => a + b, 0);
    // The run may straddle a minute: twice the share at the most.
    expect(one.length).toBeGreaterThanOrEqual(screenRefusalsPerMinute);
    expect(one.length).toBeLessThanOrEqual(2 * screenRefusalsPerMinute);
    expect(one.length + counted).toBe(attempts);
  });
});
