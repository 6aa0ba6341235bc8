// A restarted standby resumes from the copy in its folder when its primary can still serve
// every change after it; a fresh full copy only when the primary pruned its log past that
// copy or the copy is another festival's (COPY_NEEDED). A running standby whose primary
// answers COPY_NEEDED after a cut link takes the fresh copy itself, without a restart.
// Real servers, real files, a real TCP link between them.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract/errors.js';
import { dbFileName } from '../../electron/server/db/connection.js';
import { schemaVersion } from '../../electron/server/db/migrate.js';
import { startVenueServer, type VenueServer } from '../../electron/server/venue-server.js';
import {
  connect,
  expectOk,
  quietLog,
  removeDir,
  startTestServer,
  submissionId,
  tempDir,
  type Client,
  type TestServer,
} from '../helpers/server.js';
import { demoValues as values } from '../helpers/demo-desk.js';
import { allRows } from '../helpers/db-rows.js';
import { cutLink } from '../helpers/cut-link.js';
import { keptCopies, keptCopyPath } from '../../electron/server/replication/kept-copies.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

type Primary = { t: TestServer; org: Client<'organizer'>; code: string; juror: Client<'juror'> };

async function primaryScoring(opts: { keepChangeRows?: number } = {}): Promise<Primary> {
  const t = await startTestServer(opts);
  dirs.push(t.dataDir);
  const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  const snap = await org.waitFor(() => true);
  const { code } = expectOk(await org.call('standby:pairing', {}));
  expectOk(
    await org.call('entry:transition', { entryId: 'e001', stageId: 'presentasi', action: 'open' }),
  );
  const juror = await connect(t.url, 'juror', {
    pin: snap.jurors.find((j) => j.id === 'j-a1')!.pin,
  });
  return { t, org, code, juror };
}

const score = async (p: Primary): Promise<string> => {
  const id = submissionId();
  const input = { submissionId: id, entryId: 'e001', stageId: 'presentasi', status: 'submitted' };
  expectOk(await p.juror.call('sheet:save', { ...input, values, comment: '' } as never));
  return id;
};

/** A standby of `p`, reaching it at `via` (its own URL unless a link is in between). */
const startStandby = (p: Primary, dataDir: string, via = p.t.url): Promise<VenueServer> =>
  startVenueServer({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    log: quietLog,
    standbyOf: { url: via, code: p.code },
  });

/** Copies moved aside by a fresh full copy. */
const setAside = (dir: string) => readdirSync(dir).filter((f) => f.includes('before-standby'));

function stored(dir: string, id: string): number {
  const db = new Database(join(dir, dbFileName), { readonly: true });
  try {
    const row = db.prepare('SELECT COUNT(*) AS n FROM sheet_version WHERE submission_id = ?');
    return (row.get(id) as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Waits until the standby, following, applied everything the primary committed so far. */
async function caughtUp(p: Primary, standby: VenueServer): Promise<void> {
  const head = logHead(p.t.dataDir).after;
  const desk = await connect(standby.urls.local, 'organizer', { key: standby.organizerKey });
  const seen = await desk.waitFor(
    (s) => s.following?.connected === true && s.following.appliedSeq >= head,
    15_000,
  );
  expect(seen.venue.role).toBe('standby');
  desk.close();
}

/** One call on the '/replica' namespace, as a standby makes it. */
async function replicaCall<T>(url: string, code: string, name: string, payload: object) {
  const socket = io(`${url}/replica`, {
    auth: { code, base: [], schema: schemaVersion },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return await new Promise<Result<T>>((resolve) =>
      socket.emit(name, payload, (res: Result<T>) => resolve(res)),
    );
  } finally {
    socket.close();
  }
}

/** The standby's own change-log head and that change's time, read from its file. */
function logHead(dir: string): { after: number; at: number } {
  const db = new Database(join(dir, dbFileName), { readonly: true });
  try {
    const row = db.prepare('SELECT seq, at FROM change_log ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      at: number;
    };
    return { after: row.seq, at: row.at };
  } finally {
    db.close();
  }
}

describe('a restarted standby', () => {
  it('resumes from its own copy and catches up with what it missed', async () => {
    const p = await primaryScoring();
    const dir = tempDir();
    dirs.push(dir);
    const first = await startStandby(p, dir);
    const before = await score(p);
    await caughtUp(p, first);
    await first.close();
    const missed = await score(p); // the primary alone: the standby is down
    expect(stored(dir, missed)).toBe(0);

    const again = await startStandby(p, dir);
    await caughtUp(p, again);
    expect(setAside(dir)).toEqual([]); // no fresh copy was taken
    expect(stored(dir, before)).toBe(1);
    expect(stored(dir, missed)).toBe(1);
    // While attached, an acknowledgement still means the standby has the sheet.
    const next = await score(p);
    expect(stored(dir, next)).toBe(1);
    await again.close();
    p.juror.close();
    p.org.close();
    await p.t.stop();
  }, 60_000);

  it('takes a fresh copy when the primary pruned its log past the copy (COPY_NEEDED)', async () => {
    const p = await primaryScoring();
    const dir = tempDir();
    dirs.push(dir);
    const first = await startStandby(p, dir);
    await score(p);
    await caughtUp(p, first);
    await first.close();
    const here = logHead(dir);
    const missed = await score(p);
    // The primary keeps only its newest change (as pruning does after a long absence).
    const db = new Database(join(p.t.dataDir, dbFileName));
    db.prepare('DELETE FROM change_log WHERE seq < (SELECT MAX(seq) FROM change_log)').run();
    db.close();
    const refused = await replicaCall(p.t.url, p.code, 'replica:check', here);
    expect(refused.ok ? null : refused.code).toBe('COPY_NEEDED');
    expect(refused.ok ? [] : refused.details).toEqual([expect.stringMatching(/^pruned/)]);
    const follow = await replicaCall(p.t.url, p.code, 'replica:follow', here);
    expect(follow.ok ? null : follow.code).toBe('COPY_NEEDED');

    const again = await startStandby(p, dir);
    await caughtUp(p, again);
    expect(setAside(dir)).toHaveLength(1); // the old copy moved aside, a fresh one taken
    expect(stored(dir, missed)).toBe(1);
    await again.close();
    p.juror.close();
    p.org.close();
    await p.t.stop();
  }, 60_000);

  it("takes a fresh copy when its folder holds another festival's copy (diverged)", async () => {
    const a = await primaryScoring();
    const b = await primaryScoring();
    const dir = tempDir();
    dirs.push(dir);
    const first = await startStandby(a, dir);
    await score(a);
    await caughtUp(a, first);
    await first.close();
    const here = logHead(dir);
    const other = await replicaCall(b.t.url, b.code, 'replica:check', here);
    expect(other.ok ? null : other.code).toBe('COPY_NEEDED');
    expect(other.ok ? [] : other.details).toEqual([expect.stringMatching(/^diverged/)]);

    const onB = await startStandby(b, dir);
    await caughtUp(b, onB);
    expect(setAside(dir)).toHaveLength(1);
    const fromB = await score(b);
    expect(stored(dir, fromB)).toBe(1);
    await onB.close();
    for (const p of [a, b]) {
      p.juror.close();
      p.org.close();
      await p.t.stop();
    }
  }, 60_000);
});

/** The oldest change still in the primary's log. */
function oldestChange(dir: string): number {
  const db = new Database(join(dir, dbFileName), { readonly: true });
  try {
    return (db.prepare('SELECT MIN(seq) AS lo FROM change_log').get() as { lo: number }).lo;
  } finally {
    db.close();
  }
}

describe('a running standby', () => {
  it('takes a fresh copy itself when its primary pruned the log past it during a cut link (COPY_NEEDED)', async () => {
    // Alone, this primary keeps only its newest change: a standby away for one change
    // can no longer resume.
    const p = await primaryScoring({ keepChangeRows: 1 });
    const link = await cutLink(p.t.url);
    const dir = tempDir();
    dirs.push(dir);
    const standby = await startStandby(p, dir, link.url);
    const before = await score(p);
    await caughtUp(p, standby);
    const desk = await connect(standby.urls.local, 'organizer', { key: standby.organizerKey });
    const here = logHead(dir);
    // Copies kept aside by earlier fresh copies: only the newest keptCopies stay.
    const earlier = [1, 2].map((n) => keptCopyPath(dir, n));
    for (const f of earlier) writeFileSync(f, 'an earlier copy');

    await link.cut();
    await p.org.waitFor((s) => s.standby?.connected === false, 10_000);
    const missed = await score(p); // the primary alone: acknowledged without the standby
    for (const until = Date.now() + 10_000; oldestChange(p.t.dataDir) <= here.after;) {
      if (Date.now() > until) throw new Error("the primary never pruned the standby's change");
      await new Promise((r) => setTimeout(r, 50));
    }
    const refused = await replicaCall(p.t.url, p.code, 'replica:follow', here);
    expect(refused.ok ? null : refused.code).toBe('COPY_NEEDED');

    await link.mend(); // the standby reconnects by itself and is answered COPY_NEEDED
    const head = logHead(p.t.dataDir).after;
    const back = await desk.waitFor(
      (s) =>
        s.alarms.some((a) => a.code === 'COPY_REFRESHED') &&
        s.following?.connected === true &&
        s.following.appliedSeq >= head,
      20_000,
    );
    // Same server, same desk connection: no restart. The desk says what happened.
    expect(back.venue.role).toBe('standby');
    expect(back.alarms.map((a) => a.code)).toContain('COPY_NEEDED');
    const refreshed = back.alarms.find((a) => a.code === 'COPY_REFRESHED')?.message;
    expect(refreshed).toMatch(/salinan baru.*\/ The standby installed a fresh copy/);
    // The old copy kept aside, with the newest earlier one; the oldest removed, and said so.
    expect(keptCopies).toBe(2);
    expect(setAside(dir)).toHaveLength(keptCopies);
    expect(existsSync(earlier[0]!)).toBe(false);
    expect(existsSync(earlier[1]!)).toBe(true);
    expect(refreshed).toContain(`dihapus (hanya 2 terbaru disimpan): ${basename(earlier[0]!)}`);
    expect(refreshed).toContain(
      `Older copies removed (only the newest 2 are kept): ${basename(earlier[0]!)}`,
    );
    expect(readdirSync(dir).filter((f) => f.includes('.fresh-'))).toEqual([]);
    expect(stored(dir, before)).toBe(1);
    expect(stored(dir, missed)).toBe(1);
    expect(allRows(dir)).toEqual(allRows(p.t.dataDir));
    // Following again: an acknowledgement means the standby has the sheet.
    const next = await score(p);
    expect(stored(dir, next)).toBe(1);

    desk.close();
    await standby.close();
    await link.close();
    p.juror.close();
    p.org.close();
    await p.t.stop();
  }, 60_000);
});
