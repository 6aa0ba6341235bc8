// Migration 1 from an empty file: every table STRICT, references enforced, and a real
// festival's rows (the fixture every later migration test starts from) read back whole.
import { describe, expect, it } from 'vitest';
import { userVersion } from '../../../electron/server/db/migrate.js';
import { databaseAt, discard, dump, rowCount, seedVersion1Festival } from './fixtures.js';

describe('migration 1 (festival)', () => {
  it('creates the festival schema on an empty file and holds a scored festival', () => {
    const db = databaseAt(1);
    expect(userVersion(db)).toBe(1);
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")
      .all() as Array<{ name: string; sql: string }>;
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'audit_log',
        'category',
        'criterion',
        'entry',
        'entry_state',
        'festival',
        'juror',
        'meta',
        'panel',
        'panel_live',
        'release_state',
        'screen',
        'sheet',
        'sheet_value',
        'sheet_version',
        'stage',
        'tie_decision',
      ].sort(),
    );
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT/);
    seedVersion1Festival(db);
    const rows = dump(db);
    expect(rows.sheet_version).toHaveLength(5);
    expect(rows.criterion).toHaveLength(5);
    expect(rowCount(rows)).toBeGreaterThan(40);
    // References hold: a sheet for an entry that does not exist is refused.
    expect(() =>
      db.prepare("INSERT INTO sheet VALUES ('j-a1', 'no-such-entry', 'presentasi', 'sv-1')").run(),
    ).toThrow(/FOREIGN KEY/);
    discard(db);
  });
});
