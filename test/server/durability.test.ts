// Group commit (db/durability.ts): durable() resolves only after a sync that started after
// the commits it covers; commits made during a sync wait for the next one; waiters share a
// sync; a failed sync is reported to every waiter and the next durable() tries again.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/server/db/connection.js';
import { createDurability } from '../../electron/server/db/durability.js';
import { removeDir, tempDir } from '../helpers/server.js';

/** A sync the test lets finish (or fail) one call at a time. */
function heldSync() {
  const calls: { fd: number; finish: (err?: Error) => void }[] = [];
  let arrived: (() => void) | null = null;
  return {
    calls,
    sync: (fd: number) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ fd, finish: (err) => (err ? reject(err) : resolve()) });
        arrived?.();
      }),
    /** Resolves once the n-th sync (1-based) has been asked for. */
    async asked(n: number): Promise<void> {
      while (calls.length < n) await new Promise<void>((r) => (arrived = r));
    },
  };
}

/** A real database with a write-ahead log, and one commit made in it per call of `commit`. */
function database() {
  const dir = tempDir();
  const db = openDatabase(dir);
  db.exec('CREATE TABLE IF NOT EXISTS t (n INTEGER) STRICT');
  let n = 0;
  return {
    file: join(dir, 'panggung.db'),
    commit: () => db.prepare('INSERT INTO t VALUES (?)').run(++n),
    done: () => {
      db.close();
      removeDir(dir);
    },
  };
}

const settledNow = async (p: Promise<void>) => {
  let state = 'pending';
  p.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  // Promise jobs of already settled promises run before a macrotask.
  await new Promise((r) => setImmediate(r));
  return state;
};

/**
 * A durability over a real database with one commit made and its durable() asked for; the
 * folder's sync (the first of a run) is let through, the WAL's (call 2) is held.
 */
async function firstSyncHeld() {
  const d = database();
  const held = heldSync();
  const dur = createDurability({ file: d.file, sync: held.sync });
  d.commit();
  dur.committed();
  const first = dur.durable();
  await held.asked(1);
  held.calls[0]!.finish();
  await held.asked(2);
  return { d, held, dur, first };
}

describe('durability: one sync for the commits made before it', () => {
  it('resolves at once with nothing committed, and only after the sync otherwise', async () => {
    const d = database();
    const held = heldSync();
    const dur = createDurability({ file: d.file, sync: held.sync });
    expect(await settledNow(dur.durable())).toBe('resolved');
    expect(held.calls).toHaveLength(0);
    d.commit();
    dur.committed();
    const first = dur.durable();
    // The folder is synced once (a new WAL file's entry), then the WAL file itself.
    await held.asked(1);
    expect(await settledNow(first)).toBe('pending');
    held.calls[0]!.finish();
    await held.asked(2);
    expect(await settledNow(first)).toBe('pending');
    held.calls[1]!.finish();
    expect(await settledNow(first)).toBe('resolved');
    // Nothing committed since: no further sync.
    expect(await settledNow(dur.durable())).toBe('resolved');
    expect(held.calls).toHaveLength(2);
    await dur.close();
    d.done();
  });

  it('a commit made during a sync waits for the next one; waiters share a sync', async () => {
    const { d, held, dur, first: a } = await firstSyncHeld();
    // Sync 2 (of the WAL) is under way; three more commits arrive meanwhile.
    const during = [1, 2, 3].map(() => {
      d.commit();
      dur.committed();
      return dur.durable();
    });
    held.calls[1]!.finish();
    expect(await settledNow(a)).toBe('resolved');
    for (const p of during) expect(await settledNow(p)).toBe('pending');
    // One more sync covers all three.
    await held.asked(3);
    held.calls[2]!.finish();
    for (const p of during) expect(await settledNow(p)).toBe('resolved');
    expect(held.calls).toHaveLength(3);
    await dur.close();
    d.done();
  });

  it('a failed sync rejects its waiters; the next durable() syncs again', async () => {
    const { d, held, dur, first: a } = await firstSyncHeld();
    held.calls[1]!.finish(new Error('EIO: the disk said no'));
    await expect(a).rejects.toThrow('EIO');
    const b = dur.durable();
    await held.asked(3);
    expect(held.calls[2]!.fd).toBe(held.calls[1]!.fd);
    held.calls[2]!.finish();
    await expect(b).resolves.toBeUndefined();
    await dur.close();
    d.done();
  });

  it('close waits for the sync under way', async () => {
    const { d, held, dur, first: a } = await firstSyncHeld();
    const closed = dur.close();
    expect(await settledNow(closed)).toBe('pending');
    held.calls[1]!.finish();
    await closed;
    await expect(a).resolves.toBeUndefined();
    d.done();
  });

  it('syncs a real file with the real fsync', async () => {
    const d = database();
    const dur = createDurability({ file: d.file });
    d.commit();
    dur.committed();
    await expect(dur.durable()).resolves.toBeUndefined();
    await dur.close();
    d.done();
  });
});
