// Migration 3 rebuilds `stage` (to drop the aggregation CHECK) on a scored version-2
// festival. A naive DROP TABLE stage would cascade into every criterion: this checks that
// every row of every table survives, references still hold and are still enforced.
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

describe('migration 3 (open aggregation)', () => {
  it('rebuilds the stage table keeping every row of every table', () => {
    const db = databaseAt(2);
    seedVersion1Festival(db);
    seedVersion2Assets(db);
    expect(() => db.prepare("UPDATE stage SET aggregation = 'median'").run()).toThrow(/CHECK/);
    const before = dump(db);
    expect(before.criterion).toHaveLength(5);
    expect(migrate(db, 3)).toEqual([3]);
    expect(userVersion(db)).toBe(3);
    expect(dump(db)).toEqual(before);
    expect(rowCount(dump(db))).toBe(rowCount(before));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);

    const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'stage'").get() as {
      sql: string;
    };
    expect(sql.sql).not.toMatch(/CHECK/);
    expect(sql.sql).toMatch(/STRICT/);
    // The registry decides the methods now; the table takes any name the edge allows.
    db.prepare("UPDATE stage SET aggregation = 'median' WHERE id = 'final'").run();
    // The rebuilt stage is still a parent: its children still cascade and still refer to it.
    expect(() =>
      db
        .prepare(
          "INSERT INTO criterion SELECT 'no-such-stage', id, ord, name, description, weight_bp, min_x100, max_x100, step_x100, levels_json FROM criterion LIMIT 1",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM stage WHERE id = 'final'").run();
    expect(
      db.prepare("SELECT COUNT(*) AS n FROM criterion WHERE stage_id = 'final'").get(),
    ).toEqual({ n: 0 });
    discard(db);
  });
});
