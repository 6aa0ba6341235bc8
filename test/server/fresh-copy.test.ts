// A running standby's fresh copy (replication/fresh-copy.ts) on real files: a copy that is
// not a usable database of this schema, or not the one the primary described, is refused
// and removed, and the open database keeps its rows; a swap that fails inside its
// transaction leaves every row as it was; a good one makes every row the copy's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headSeq, installChangeLog } from '../../electron/server/db/change-log.js';
import { dbFileName, openDatabase, type Db } from '../../electron/server/db/connection.js';
import { swapIn, writeBeside } from '../../electron/server/replication/fresh-copy.js';
import { allRows } from '../helpers/db-rows.js';
import { removeDir, tempDir } from '../helpers/server.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** A database holding `names` in meta; a primary's logs its changes, a standby's does not. */
function festival(names: string[], role: 'primary' | 'standby'): { dir: string; db: Db } {
  const dir = tempDir();
  dirs.push(dir);
  const db = openDatabase(dir);
  if (role === 'primary') installChangeLog(db);
  const put = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  for (const n of names) put.run(n, n);
  return { dir, db };
}

/** The database image a primary sends (SQLite's online backup). */
async function imageOf(db: Db, dir: string): Promise<Buffer> {
  const file = join(dir, 'image.db');
  await db.backup(file);
  return readFileSync(file);
}

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.includes('.fresh-'));

describe("a running standby's fresh copy", () => {
  it('refuses a copy that is not usable and keeps the open database as it was', async () => {
    const standby = festival(['old'], 'standby');
    const before = allRows(standby.dir);
    const junk = { image: Buffer.from('not a database at all'), seq: 1, epoch: 1 };
    expect(() => writeBeside(standby.dir, junk, standby.db)).toThrow();
    const primary = festival(['a', 'b'], 'primary');
    const image = await imageOf(primary.db, primary.dir);
    const wrongSeq = { image, seq: headSeq(primary.db) + 5, epoch: 1 };
    expect(() => writeBeside(standby.dir, wrongSeq, standby.db)).toThrow(/last change/);
    // Named for the organizer: COPY_DAMAGED, in both languages (the running standby's alarm).
    expect(() => writeBeside(standby.dir, wrongSeq, standby.db)).toThrow(
      expect.objectContaining({ code: 'COPY_DAMAGED' }),
    );
    expect(leftovers(standby.dir)).toEqual([]);
    expect(allRows(standby.dir)).toEqual(before);
    standby.db.close();
    primary.db.close();
  });

  it('swaps in all or nothing', async () => {
    const standby = festival(['old'], 'standby');
    const primary = festival(['a', 'b', 'c'], 'primary');
    const copy = {
      image: await imageOf(primary.db, primary.dir),
      seq: headSeq(primary.db),
      epoch: 1,
    };
    const fresh = writeBeside(standby.dir, copy, standby.db);
    const before = allRows(standby.dir);
    // A failure inside the transaction (after every table was refilled): nothing changed.
    const failing = (work: () => void) =>
      standby.db.transaction(() => {
        work();
        throw new Error('disk full');
      })();
    expect(() => swapIn(standby.db, fresh, failing)).toThrow('disk full');
    expect(allRows(standby.dir)).toEqual(before);
    swapIn(standby.db, fresh, (work) => standby.db.transaction(work)());
    expect(allRows(standby.dir)).toEqual(allRows(primary.dir));
    expect(headSeq(standby.db)).toBe(copy.seq);
    expect(readdirSync(standby.dir)).toContain(dbFileName);
    standby.db.close();
    primary.db.close();
  });
});
