// Migration 4 adds entry_detail to a scored version-3 festival: every row of every table
// survives, the new table starts empty, its year is checked, it refers to a real entry and
// goes with its entry.
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

describe('migration 4 (entry details)', () => {
  it('adds entry details to a scored festival, keeping every row', () => {
    const db = databaseAt(3);
    seedVersion1Festival(db);
    seedVersion2Assets(db);
    const before = dump(db);
    expect(migrate(db, 4)).toEqual([4]);
    expect(userVersion(db)).toBe(4);
    const after = dump(db);
    expect(after.entry_detail).toEqual([]);
    const { entry_detail: _new, ...kept } = after;
    expect(kept).toEqual(before);
    expect(rowCount(after)).toBe(rowCount(before));

    const [first, second] = db.prepare('SELECT id FROM entry ORDER BY id').all() as Array<{
      id: string;
    }>;
    db.prepare("INSERT INTO entry_detail VALUES (?, 'Ringkas', '', 2020, '', '')").run(first!.id);
    expect(() =>
      db.prepare("INSERT INTO entry_detail VALUES (?, '', '', 1800, '', '')").run(second!.id),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO entry_detail VALUES ('nope', '', '', NULL, '', '')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM sheet WHERE entry_id = ?').run(first!.id);
    db.prepare(
      'DELETE FROM sheet_value WHERE sheet_version_id IN (SELECT id FROM sheet_version WHERE entry_id = ?)',
    ).run(first!.id);
    db.prepare('DELETE FROM sheet_version WHERE entry_id = ?').run(first!.id);
    db.prepare('DELETE FROM entry_state WHERE entry_id = ?').run(first!.id);
    db.prepare(
      'UPDATE panel_live SET presenting_entry_id = NULL WHERE presenting_entry_id = ?',
    ).run(first!.id);
    db.prepare('DELETE FROM entry WHERE id = ?').run(first!.id);
    expect(db.prepare('SELECT COUNT(*) AS n FROM entry_detail').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    discard(db);
  });
});
