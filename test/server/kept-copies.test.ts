// The old copies a standby keeps aside (replication/kept-copies.ts) on a real data folder:
// only the newest keptCopies stay; the live database (open, with its -wal and -shm),
// backups/ and every file not named as one of ours are left alone.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dbFileName, openDatabase } from '../../electron/server/db/connection.js';
import {
  keptCopies,
  keptCopyPath,
  pruneKeptCopies,
} from '../../electron/server/replication/kept-copies.js';
import { removeDir, tempDir } from '../helpers/server.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe('old copies kept aside by a standby', () => {
  it('keeps the newest ones and never touches the live database or files not ours', () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = openDatabase(dir);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('live', 'yes');
    expect(existsSync(join(dir, `${dbFileName}-wal`))).toBe(true);
    // Old copies at times 1000..1004 (one with a leftover -wal), not in name order.
    const times = [1003, 1000, 1004, 1001, 1002];
    for (const at of times) writeFileSync(keptCopyPath(dir, at), `copy ${at}`);
    writeFileSync(`${keptCopyPath(dir, 1000)}-wal`, 'wal of an old copy');
    const notOurs = [
      `${dbFileName}.before-standby-old`,
      `${dbFileName}.before-standby-999.bak`,
      `other.db.before-standby-1`,
      `${dbFileName}.fresh-1`,
      `${dbFileName}.before-restore-1`,
    ];
    for (const name of notOurs) writeFileSync(join(dir, name), 'not ours');
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', `${dbFileName}.before-standby-1`), 'a backup');
    const before = readdirSync(dir);

    const removed = pruneKeptCopies(dir);

    const newest = [...times].sort((a, b) => b - a).slice(0, keptCopies);
    const oldest = times.filter((t) => !newest.includes(t));
    const expected = oldest.map((t) => `${dbFileName}.before-standby-${t}`);
    expected.push(`${dbFileName}.before-standby-1000-wal`);
    expect(removed).toEqual(expected.sort());
    expect(readdirSync(dir).sort()).toEqual(before.filter((f) => !removed.includes(f)).sort());
    for (const t of newest) expect(existsSync(keptCopyPath(dir, t))).toBe(true);
    for (const name of notOurs) expect(existsSync(join(dir, name))).toBe(true);
    expect(readdirSync(join(dir, 'backups'))).toEqual([`${dbFileName}.before-standby-1`]);
    // The live database, open all along, still reads and writes.
    for (const s of ['', '-wal', '-shm']) expect(existsSync(join(dir, dbFileName + s))).toBe(true);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('after', 'yes');
    expect(db.prepare("SELECT value FROM meta WHERE key = 'live'").get()).toEqual({ value: 'yes' });
    db.close();

    // Nothing more to remove: a second pass removes nothing.
    expect(pruneKeptCopies(dir)).toEqual([]);
  });
});
