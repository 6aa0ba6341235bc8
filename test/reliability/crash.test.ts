// The crash test: the headless server as a child process, killed with SIGKILL at a random
// moment in the middle of a burst from every juror, restarted on the same folder; many
// runs, seeded and reproducible. Every acknowledged sheet is there exactly once, the
// integrity check passes, resends are deduplicated, every client resynchronises.
// PANGGUNG_SOAK=1 runs 100 rounds instead of 20.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import type { SheetSaveInput } from '../../shared/contract/schemas.js';
import { killAllChildren, killHard, prng, startChild } from '../helpers/child-server.js';
import {
  connect,
  expectOk,
  removeDir,
  submissionId,
  tempDir,
  type Client,
} from '../helpers/server.js';

const key = 'crash-test-organizer-key';
afterAll(killAllChildren);

const runs = process.env.PANGGUNG_SOAK === '1' ? 100 : 20;

describe('kill -9 in the middle of a burst', () => {
  it(
    `loses no acknowledged sheet, duplicates none, and passes the integrity check (${runs} seeded runs)`,
    { timeout: runs * 30_000 },
    async () => {
      const totals = { acked: 0, sent: 0, lost: 0, duplicated: 0, resyncMs: 0 };
      for (let run = 0; run < runs; run++) {
        const r = await crashRun(20261128 + run);
        totals.acked += r.acked;
        totals.sent += r.sent;
        totals.lost += r.lost;
        totals.duplicated += r.duplicated;
        totals.resyncMs = Math.max(totals.resyncMs, r.resyncMs);
      }
      console.log(
        `[reliability] crash: ${runs} runs, ${totals.sent} sheets sent, ${totals.acked} acknowledged before the kill, ${totals.lost} lost, ${totals.duplicated} duplicated; slowest resync ${totals.resyncMs.toFixed(0)} ms`,
      );
      expect(totals.lost).toBe(0);
      expect(totals.duplicated).toBe(0);
      expect(totals.acked).toBeGreaterThan(0);
    },
  );
});

type RunResult = {
  acked: number;
  sent: number;
  /** Acknowledged sheets missing after the kill, or after the restart and resend. */
  lost: number;
  /** Extra stored copies of a submission (a resend stored twice). */
  duplicated: number;
  resyncMs: number;
};

async function crashRun(seed: number): Promise<RunResult> {
  {
    const dataDir = tempDir('panggung-crash-');
    const first = await startChild(dataDir, { key });
    const org = await connect(first.url, 'organizer', { key });
    const snap = await org.waitFor(() => true);
    const open = [
      ...snap.entries.filter((e) => e.panelId === 'panel-a').slice(0, 10),
      ...snap.entries.filter((e) => e.panelId === 'panel-b').slice(0, 10),
    ];
    for (const e of open)
      expectOk(
        await org.call('entry:transition', {
          entryId: e.id,
          stageId: 'presentasi',
          action: 'open',
        }),
      );
    org.close();

    const rnd = prng(seed);
    const killAfter = 20 + Math.floor(rnd() * 200);
    const sent = new Map<string, { input: SheetSaveInput; jurorId: string }>();
    const acked = new Set<string>();
    const pads: Client<'juror'>[] = [];
    for (const j of snap.jurors) pads.push(await connect(first.url, 'juror', { pin: j.pin }));
    const criteria = snap.stages[0]?.criteria ?? [];
    let stop = false;
    const burst = pads.map(async (pad, i) => {
      const jurorId = snap.jurors[i]?.id ?? '';
      const mine = (await pad.waitFor(() => true)).entries.filter((e) => e.phase === 'scoring');
      while (!stop && mine.length > 0) {
        const inFlight = Array.from({ length: 4 }, () => {
          const entry = mine[Math.floor(rnd() * mine.length)]!.entry;
          const values = Object.fromEntries(
            criteria.map((c) => [
              c.id,
              c.minX100 +
                c.stepX100 * Math.floor(rnd() * ((c.maxX100 - c.minX100) / c.stepX100 + 1)),
            ]),
          );
          const input: SheetSaveInput = {
            submissionId: submissionId(),
            entryId: entry.id,
            stageId: 'presentasi',
            status: 'submitted',
            values,
            comment: '',
          };
          sent.set(input.submissionId, { input, jurorId });
          return pad.call('sheet:save', input).then(
            (r) => {
              if (r.ok) acked.add(input.submissionId);
            },
            () => undefined,
          );
        });
        await Promise.all(inFlight);
      }
    });
    // Let the burst run, then kill the server without warning while sheets are in flight.
    const deadline = Date.now() + 30_000;
    while (acked.size < killAfter) {
      if (Date.now() > deadline)
        throw new Error(`only ${acked.size} of ${killAfter} sheets acknowledged in 30 s`);
      await new Promise((r) => setTimeout(r, 5));
    }
    await killHard(first);
    stop = true;
    for (const p of pads) p.close();
    // In-flight calls now only time out; after the kill no acknowledgement can arrive.
    void Promise.allSettled(burst);
    expect(sent.size).toBeGreaterThan(acked.size); // some were in flight at the kill

    const db = new Database(join(dataDir, dbFileName), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const count = db.prepare('SELECT COUNT(*) AS n FROM sheet_version WHERE submission_id = ?');
    let lost = 0;
    for (const sid of acked) if ((count.get(sid) as { n: number }).n === 0) lost++;
    db.close();

    // Restart; every pad resends everything it sent (its outbox): acknowledged ones come
    // back as duplicates, the rest are stored once.
    const second = await startChild(dataDir, { key });
    const resyncStart = performance.now();
    const pads2 = new Map<string, Client<'juror'>>();
    for (const j of snap.jurors)
      pads2.set(j.id, await connect(second.url, 'juror', { pin: j.pin }));
    // Every client is back with a snapshot at the database's revision.
    const revision = db0Revision(dataDir);
    await Promise.all([...pads2.values()].map((p) => p.waitFor((s) => s.version >= revision)));
    const resyncMs = performance.now() - resyncStart;
    let duplicates = 0;
    for (const [sid, { input, jurorId }] of sent) {
      const pad = pads2.get(jurorId);
      if (!pad) throw new Error(`no pad for ${jurorId}`);
      const res = expectOk(await pad.call('sheet:save', input));
      if (acked.has(sid)) expect(res.duplicate, sid).toBe(true);
      if (res.duplicate) duplicates++;
    }
    expect(duplicates).toBeGreaterThanOrEqual(acked.size);
    for (const p of pads2.values()) p.close();

    const exit = new Promise<number | null>((r) => second.child.once('exit', (code) => r(code)));
    second.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    const db2 = new Database(join(dataDir, dbFileName), { readonly: true });
    expect(db2.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db2
      .prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT submission_id) AS d FROM sheet_version')
      .get() as { n: number; d: number };
    const stored = new Set(
      (
        db2.prepare('SELECT submission_id AS s FROM sheet_version').all() as Array<{ s: string }>
      ).map((r) => r.s),
    );
    for (const sid of sent.keys()) if (!stored.has(sid)) lost++;
    db2.close();
    expect(rows.d).toBe(sent.size);
    removeDir(dataDir);
    return { acked: acked.size, sent: sent.size, lost, duplicated: rows.n - rows.d, resyncMs };
  }
}

function db0Revision(dataDir: string): number {
  const db = new Database(join(dataDir, dbFileName), { readonly: true });
  try {
    return Number(
      (db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as { value: string })
        .value,
    );
  } finally {
    db.close();
  }
}
