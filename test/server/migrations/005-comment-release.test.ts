// Migration 5 adds comment_release to a scored version-4 festival: every row survives, the
// new table starts empty, refers to real jurors, entries and stages, and goes with them.
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/server/db/migrate.js';
import {
  databaseAt,
  discard,
  dump,
  rowCount,
  seedVersion1Festival,
  seedVersion2Assets,
} from './fixtures.js';

describe('migration 5 (comment release)', () => {
  it('adds comment releases to a scored festival, keeping every row', () => {
    const db = databaseAt(4);
    seedVersion1Festival(db);
    seedVersion2Assets(db);
    const before = dump(db);
    expect(migrate(db, 5)).toEqual([5]);
    expect(userVersion(db)).toBe(5);
    const { comment_release: added, ...kept } = dump(db);
    expect(added).toEqual([]);
    expect(kept).toEqual(before);
    expect(rowCount(kept)).toBe(rowCount(before));

    const sheet = db
      .prepare('SELECT juror_id, entry_id, stage_id FROM sheet_version LIMIT 1')
      .get() as { juror_id: string; entry_id: string; stage_id: string };
    const insert = db.prepare('INSERT INTO comment_release VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run(sheet.juror_id, sheet.entry_id, sheet.stage_id, 'asli', 'publik', 1, 'organizer');
    expect(() =>
      insert.run('no-juror', sheet.entry_id, sheet.stage_id, 'a', 'b', 1, 'organizer'),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      insert.run(sheet.juror_id, sheet.entry_id, sheet.stage_id, 'a', 'b', 2, 'organizer'),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    discard(db);
  });
});
