// A primary that has just lost its standby acknowledges nothing until it knows whether the
// standby took over (replication/primary.ts `asking`): a sheet committed while the primary
// asks the lost standby (GET /api/health) is answered REPLACED when the standby says it
// is the primary of a newer epoch. Without the wait the juror got an ack for a sheet the
// new primary never had. The "standby" here speaks the replica protocol itself and holds
// its health answer, so the sheet is sure to arrive during the question.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { replicaProtocol } from '../../shared/contract/replica.js';
import { dbFileName } from '../../electron/server/db/connection.js';
import { schemaVersion } from '../../electron/server/db/migrate.js';
import { demoSheet } from '../helpers/demo-desk.js';
import { removeDir } from '../helpers/server.js';
import { primaryScoring } from '../helpers/standby-pair.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe('a primary that just lost its standby', () => {
  it('answers a sheet committed while it asks whether the standby took over: REPLACED if it did', async () => {
    const p = await primaryScoring(dirs);
    const epoch = (await p.org.waitFor(() => true)).venue.epoch;

    // The standby's health answer, held until the sheet is committed.
    let asked!: () => void;
    const askedNow = new Promise<void>((r) => (asked = r));
    let answer!: () => void;
    const answered = new Promise<void>((r) => (answer = r));
    const health = createServer((req, res) => {
      if (req.url !== '/api/health') return void res.writeHead(404).end();
      asked();
      void answered.then(() =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ venue: { role: 'primary', epoch: epoch + 1 } })),
      );
    });
    await new Promise<void>((r) => health.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(health.address() as AddressInfo).port}`;

    // It pairs and follows from the primary's head, then goes away.
    const file = new Database(join(p.t.dataDir, dbFileName), { readonly: true });
    const head = file.prepare('SELECT COALESCE(MAX(seq), 0) FROM change_log').pluck().get();
    const replica = io(`${p.t.url}/replica`, {
      auth: { protocol: replicaProtocol, code: p.code, base: [base], schema: schemaVersion },
      transports: ['websocket'],
      reconnection: false,
    });
    const follow = (await replica.emitWithAck('replica:follow', { after: head })) as {
      ok: boolean;
    };
    expect(follow.ok).toBe(true);
    await p.org.waitFor((s) => s.standby?.connected === true);
    replica.close();
    await askedNow; // the primary asks whether the standby took over

    const sheet = demoSheet();
    const reply = p.juror.call('sheet:save', sheet);
    // Committed on this laptop while the question is open.
    const stored = file
      .prepare('SELECT count(*) FROM sheet_version WHERE submission_id = ?')
      .pluck();
    for (let i = 0; i < 200 && stored.get(sheet.submissionId) === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(stored.get(sheet.submissionId)).toBe(1);
    answer();
    expect(await reply).toMatchObject({ ok: false, code: 'REPLACED' });
    file.close();
    health.close();
    p.juror.close();
    p.org.close();
  });
});
