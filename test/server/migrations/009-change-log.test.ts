// Migration 9 adds the change log on a scored version-8 festival (every row kept, log
// empty); the triggers generated from the schema log inserts, updates and deletes (blobs and
// a WITHOUT ROWID table) in commit order, and replaying the log onto an online
// backup taken before the changes gives the same database, row for row.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  changesAfter,
  createApplier,
  headSeq,
  installChangeLog,
} from '../../../electron/server/db/change-log.js';
import { migrate, userVersion } from '../../../electron/server/db/migrate.js';
import { removeDir, tempDir } from '../../helpers/server.js';
import {
  databaseAt,
  discard,
  dump,
  rowCount,
  seedVersion1Festival,
  seedVersion2Assets,
} from './fixtures.js';

function scoredAt8() {
  const db = databaseAt(6);
  seedVersion1Festival(db);
  seedVersion2Assets(db);
  migrate(db, 8);
  return db;
}

describe('migration 9 (change log)', () => {
  it('adds an empty change log and keeps every row', () => {
    const db = scoredAt8();
    const before = dump(db);
    expect(rowCount(before)).toBeGreaterThan(0);
    expect(migrate(db, 9)).toEqual([9]);
    expect(userVersion(db)).toBe(9);
    const after = dump(db);
    expect(after['change_log']).toEqual([]);
    expect({ ...after, change_log: undefined }).toEqual({ ...before, change_log: undefined });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    discard(db);
  });

  it('logs every committed row change, and the log replayed on a backup gives the same rows', async () => {
    const db = scoredAt8();
    migrate(db);
    installChangeLog(db);
    const dir = tempDir();
    const copyFile = join(dir, 'copy.db');
    await db.backup(copyFile);
    const version = db.prepare('SELECT id FROM sheet_version LIMIT 1').get() as { id: string };
    db.transaction(() => {
      db.prepare("UPDATE asset SET bytes = ?, updated_at = 2 WHERE name = 'logo-1'").run(
        Buffer.from([0, 1, 2, 255]),
      );
      db.prepare('UPDATE sheet_value SET value_x100 = 123 WHERE sheet_version_id = ?').run(
        version.id,
      );
      db.prepare("INSERT INTO meta (key, value) VALUES ('probe', 'x')").run();
    })();
    // A rolled-back transaction leaves nothing in the log.
    const beforeRollback = headSeq(db);
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO meta (key, value) VALUES ('gone', 'x')").run();
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(headSeq(db)).toBe(beforeRollback);
    db.prepare("DELETE FROM meta WHERE key = 'probe'").run();
    db.prepare('DELETE FROM sheet_value WHERE sheet_version_id = ?').run(version.id);

    const changes = changesAfter(db, 0, 100_000);
    expect(changes.map((c) => c.seq)).toEqual(changes.map((_, i) => i + 1));
    expect(new Set(changes.map((c) => c.op))).toEqual(new Set(['insert', 'update', 'delete']));
    expect(changes.some((c) => c.table === 'sheet_value' && c.op === 'delete')).toBe(true);

    const copy = new Database(copyFile);
    expect(headSeq(copy)).toBe(0);
    copy.pragma('foreign_keys = OFF');
    const apply = createApplier(copy);
    copy.transaction(() => changes.forEach(apply))();
    expect(dump(copy)).toEqual(dump(db));
    expect(headSeq(copy)).toBe(headSeq(db));
    copy.close();
    removeDir(dir);
    discard(db);
  });
});
