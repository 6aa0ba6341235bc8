// The primary's change log stays bounded (replication/primary.ts): with no standby attached
// it keeps the newest rows (here keepChangeRows = 40), with one attached it prunes what the
// standby confirmed (its last applied row stays), never the newest row. A standby that was
// away while its rows were pruned comes back by a full copy, with every row equal.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { changeLogTable } from '../../electron/server/db/schema-tables.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  tempDir,
  type Client,
} from '../helpers/server.js';
import { demoValues as values } from '../helpers/demo-desk.js';
import { allRows } from '../helpers/db-rows.js';

const keep = 40;

type LogSpan = { n: number; lo: number; hi: number };
function logSpan(dataDir: string): LogSpan {
  const db = new Database(join(dataDir, dbFileName), { readonly: true });
  try {
    return db
      .prepare(`SELECT COUNT(*) AS n, MIN(seq) AS lo, MAX(seq) AS hi FROM ${changeLogTable}`)
      .get() as LogSpan;
  } finally {
    db.close();
  }
}

/** Resolves once `pred` holds for the primary's log (polled; bounded). */
async function logUntil(dataDir: string, pred: (s: LogSpan) => boolean): Promise<LogSpan> {
  const until = Date.now() + 10_000;
  for (;;) {
    const s = logSpan(dataDir);
    if (pred(s)) return s;
    if (Date.now() > until) throw new Error(`change log never matched: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `n` saves of the juror's sheet (each a new version: several log rows). */
async function scoreMany(juror: Client<'juror'>, n: number): Promise<void> {
  for (let i = 0; i < n; i++)
    expectOk(
      await juror.call('sheet:save', {
        submissionId: submissionId(),
        entryId: 'e001',
        stageId: 'presentasi',
        status: 'draft',
        values: { ...values, kebaruan: 100 + 50 * (i % 18) },
        comment: '',
      }),
    );
}

describe('change log pruning', () => {
  it('stays bounded, prunes what the standby confirmed, and a standby behind the pruned point recovers by a full copy', async () => {
    const primary = await startTestServer({ keepChangeRows: keep });
    const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
    const snap = await org.waitFor(() => true);
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
    expectOk(
      await org.call('entry:transition', {
        entryId: 'e001',
        stageId: 'presentasi',
        action: 'open',
      }),
    );
    const pin = snap.jurors.find((j) => j.id === 'j-a1')!.pin;
    const juror = await connect(primary.url, 'juror', { pin });

    // No standby: the newest `keep` rows stay, the head row among them.
    await scoreMany(juror, 30);
    const grown = logSpan(primary.dataDir);
    expect(grown.n).toBeGreaterThan(keep);
    const bounded = await logUntil(primary.dataDir, (s) => s.n === keep);
    expect(bounded.hi).toBe(grown.hi);
    expect(bounded.lo).toBe(grown.hi - keep + 1);

    // A standby attached: what it confirmed is pruned, its last applied row stays.
    const { code } = expectOk(await org.call('standby:pairing', {}));
    const standbyDir = tempDir();
    const standby = await startTestServer({
      dataDir: standbyDir,
      standbyOf: { url: primary.url, code },
    });
    await org.waitFor((s) => s.standby?.connected === true, 10_000);
    await scoreMany(juror, 10);
    const head = logSpan(primary.dataDir).hi;
    const following = await logUntil(primary.dataDir, (s) => s.n === 1);
    expect(following).toEqual({ n: 1, lo: head, hi: head });
    expect(logSpan(standbyDir).hi).toBe(head);

    // The standby goes away; more than `keep` changes later its row is pruned.
    await standby.stop();
    await org.waitFor((s) => s.standby?.connected === false, 10_000);
    await scoreMany(juror, 30);
    const pruned = await logUntil(primary.dataDir, (s) => s.n === keep);
    expect(pruned.lo).toBeGreaterThan(head);

    // Back on its folder: a full copy, and it follows on from there.
    const back = await startTestServer({
      dataDir: standbyDir,
      standbyOf: { url: primary.url, code },
    });
    await scoreMany(juror, 3);
    const last = logSpan(primary.dataDir).hi;
    await org.waitFor(
      (s) => s.standby?.connected === true && s.standby.behindChanges === 0,
      10_000,
    );
    expect(logSpan(standbyDir).hi).toBe(last);
    expect(allRows(standbyDir)).toEqual(allRows(primary.dataDir));

    juror.close();
    org.close();
    await back.stop();
    await primary.stop();
    removeDir(standbyDir);
  }, 60_000);
});
