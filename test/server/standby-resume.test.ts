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
import { replicaProtocol } from '../../shared/contract/replica.js';
import { dbFileName } from '../../electron/server/db/connection.js';
import { schemaVersion } from '../../electron/server/db/migrate.js';
import { keptCopies, keptCopyPath } from '../../electron/server/replication/kept-copies.js';
import { connect, removeDir, tempDir } from '../helpers/server.js';
import { allRows } from '../helpers/db-rows.js';
import { cutLink } from '../helpers/cut-link.js';
import {
  caughtUp,
  logHead,
  primaryScoring,
  prunedPast,
  score,
  setAside,
  startStandby,
  stored,
} from '../helpers/standby-pair.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** One call on the '/replica' namespace, as a standby makes it. */
async function replicaCall<T>(url: string, code: string, name: string, payload: object) {
  const socket = io(`${url}/replica`, {
    auth: { protocol: replicaProtocol, code, base: [], schema: schemaVersion },
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

describe('a restarted standby', () => {
  it('resumes from its own copy and catches up with what it missed', async () => {
    const p = await primaryScoring(dirs);
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
    const p = await primaryScoring(dirs);
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
    const a = await primaryScoring(dirs);
    const b = await primaryScoring(dirs);
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

describe('a running standby', () => {
  it('takes a fresh copy itself when its primary pruned the log past it during a cut link (COPY_NEEDED)', async () => {
    // Alone, this primary keeps only its newest change: a standby away for one change
    // can no longer resume.
    const p = await primaryScoring(dirs, { keepChangeRows: 1 });
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
    await prunedPast(p, here.after);
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
    const refreshed = back.alarms.find((a) => a.code === 'COPY_REFRESHED')!.messages;
    expect(refreshed.id).toMatch(/memasang salinan baru/);
    expect(refreshed.en).toMatch(/The standby installed a fresh copy/);
    // The old copy kept aside, with the newest earlier one; the oldest removed, and said so.
    expect(keptCopies).toBe(2);
    expect(setAside(dir)).toHaveLength(keptCopies);
    expect(existsSync(earlier[0]!)).toBe(false);
    expect(existsSync(earlier[1]!)).toBe(true);
    expect(refreshed.id).toContain(`dihapus (hanya 2 terbaru disimpan): ${basename(earlier[0]!)}`);
    expect(refreshed.en).toContain(
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
