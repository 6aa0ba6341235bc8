// A juror hears of a stored sheet only once it is on the disk (db/durability.ts): the ack
// and the pad's own view wait for the write-ahead log's sync; sheets arriving during one
// sync share the next; a sync the disk refuses is STORAGE_FAILED for the sheet (the pad
// keeps it and sends it again) and an alarm on the desk.
import { fsync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract/errors.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { dbFileName } from '../../electron/server/db/connection.js';
import { demoSheet } from '../helpers/demo-desk.js';
import {
  connect,
  expectOk,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';

const realSync = promisify(fsync);

/** The server's disk sync, which the test can hold or make fail. */
function controlledSync() {
  let holding = false;
  let failing: Error | null = null;
  let count = 0;
  const held: (() => void)[] = [];
  let heldArrived: (() => void) | null = null;
  return {
    count: () => count,
    sync: async (fd: number) => {
      count += 1;
      if (failing) throw failing;
      if (holding)
        await new Promise<void>((resolve) => {
          held.push(resolve);
          heldArrived?.();
        });
      await realSync(fd);
    },
    hold(): void {
      holding = true;
    },
    release(): void {
      holding = false;
      for (const r of held.splice(0)) r();
    },
    /** Lets the oldest held sync finish; the next ones are held still. */
    releaseOne(): void {
      held.shift()?.();
    },
    fail(err: Error | null): void {
      failing = err;
    },
    /** Resolves once a sync is being held (a commit happened and asked for it). */
    async someHeld(): Promise<void> {
      while (held.length === 0) await new Promise<void>((r) => (heldArrived = r));
    },
    held: () => held.length,
  };
}

/** A round trip on `socket` answered at once (a refused event): everything the server sent
 *  on this connection before its answer has arrived when it resolves. */
const barrier = (socket: Socket) =>
  new Promise<Result<unknown>>((resolve) => socket.emit('no:such-event', {}, resolve));

const stageId = 'presentasi';

let t: TestServer;
let org: Client<'organizer'>;
let snap0: OrganizerSnapshot;
const disk = controlledSync();

beforeAll(async () => {
  t = await startTestServer({ syncDisk: disk.sync });
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  snap0 = await org.waitFor(() => true);
});
afterAll(() => org.close());
// A failed test leaves no sync held or failing for the next one.
afterEach(() => {
  disk.release();
  disk.fail(null);
});

/** Panel A's expected jurors on an entry, opened for scoring. */
async function openEntry(entryId: string): Promise<string[]> {
  expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId }));
  expectOk(await org.call('entry:transition', { entryId, stageId, action: 'open' }));
  const row = snap0.progress[stageId]?.[entryId] ?? {};
  return Object.keys(row).filter((j) => row[j] !== 'recused');
}
const pin = (id: string) => snap0.jurors.find((j) => j.id === id)?.pin ?? '';
const stored = (pad: Client<'juror'>, entryId: string) =>
  pad.latest()?.entries.find((e) => e.entry.id === entryId)?.mySheet?.version ?? 0;

/** How many of these submissions another connection sees committed, once all are (or 2 s). */
async function committedCount(ids: string[]): Promise<number> {
  const reader = new Database(join(t.dataDir, dbFileName), { readonly: true });
  try {
    const count = reader
      .prepare(
        `SELECT count(*) FROM sheet_version WHERE submission_id IN (${ids.map(() => '?').join(',')})`,
      )
      .pluck();
    for (let i = 0; i < 200 && (count.get(...ids) as number) < ids.length; i++)
      await new Promise((r) => setTimeout(r, 10));
    return count.get(...ids) as number;
  } finally {
    reader.close();
  }
}

describe('a stored sheet is heard of only once it is on the disk', () => {
  it('the ack and the pad view wait for the sync, then arrive', async () => {
    const entryId = 'e010';
    const [jurorId] = await openEntry(entryId);
    const pad = await connect(t.url, 'juror', { pin: pin(jurorId!) });
    await pad.waitFor(() => true);
    disk.hold();
    let acked: Result<unknown> | null = null;
    const saving = pad.call('sheet:save', demoSheet(entryId)).then((r) => (acked = r));
    await disk.someHeld(); // committed; its sync is held
    // Whatever the server sent this pad before answering the barrier has arrived now.
    expect(await barrier(pad.socket)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(acked).toBeNull();
    expect(stored(pad, entryId)).toBe(0);
    disk.release();
    expect(expectOk((await saving) as Result<{ version: number }>).version).toBe(1);
    await pad.waitFor((s) => s.entries.find((e) => e.entry.id === entryId)?.mySheet?.version === 1);
    pad.close();
  });

  it('sheets arriving during one sync share the next', async () => {
    const entryId = 'e011';
    const jurors = (await openEntry(entryId)).slice(0, 3);
    expect(jurors).toHaveLength(3);
    const pads = await Promise.all(jurors.map((j) => connect(t.url, 'juror', { pin: pin(j) })));
    const sheets = pads.map(() => demoSheet(entryId));
    disk.hold();
    const first = pads[0]!.call('sheet:save', sheets[0]!);
    await disk.someHeld();
    const before = disk.count();
    const rest = pads.slice(1).map((p, i) => p.call('sheet:save', sheets[i + 1]!));
    // Both are committed (another connection sees them) while the first sync is held.
    expect(await committedCount(sheets.map((s) => s.submissionId))).toBe(3);
    disk.release();
    for (const r of await Promise.all([first, ...rest])) expectOk(r);
    // One more sync covered the two sheets that arrived during the first.
    expect(disk.count() - before).toBe(1);
    for (const p of pads) p.close();
  });

  it("an ack waits for its own sheet's sync, not for one of a sheet that came after", async () => {
    const entryId = 'e013';
    const [a, b] = await openEntry(entryId);
    const padA = await connect(t.url, 'juror', { pin: pin(a!) });
    const padB = await connect(t.url, 'juror', { pin: pin(b!) });
    disk.hold();
    const ackA = padA.call('sheet:save', demoSheet(entryId));
    await disk.someHeld(); // A committed, its sync held
    const sheetB = demoSheet(entryId);
    const ackB = padB.call('sheet:save', sheetB);
    expect(await committedCount([sheetB.submissionId])).toBe(1); // B committed during A's sync
    disk.releaseOne(); // A's sync ends; B's is asked for and held
    await disk.someHeld();
    expectOk(await ackA); // A's ack arrives while B's sync is still held
    expect(disk.held()).toBe(1);
    disk.release();
    expectOk(await ackB);
    padA.close();
    padB.close();
  });

  it('a sync the disk refuses: STORAGE_FAILED and an alarm; sent again, the sheet is acknowledged', async () => {
    const entryId = 'e012';
    const [jurorId] = await openEntry(entryId);
    const pad = await connect(t.url, 'juror', { pin: pin(jurorId!) });
    const s = demoSheet(entryId);
    disk.fail(new Error('EIO: i/o error'));
    const refused = await pad.call('sheet:save', s);
    expect(refused).toMatchObject({ ok: false, code: 'STORAGE_FAILED' });
    disk.fail(null);
    await org.waitFor((o) => o.alarms.some((a) => a.code === 'STORAGE_FAILED'));
    // The pad's outbox keeps a STORAGE_FAILED sheet and sends it again with the same id.
    expect(expectOk(await pad.call('sheet:save', s))).toMatchObject({
      version: 1,
      duplicate: true,
    });
    pad.close();
  });
});
