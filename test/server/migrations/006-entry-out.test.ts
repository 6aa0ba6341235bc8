// Migration 6 rebuilds entry_state (its phase CHECK gains "out") on a scored version-5
// festival: every row of every table survives, references still hold, and the new phase
// is accepted while an unknown one is still refused.
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

describe('migration 6 (entry out of a stage)', () => {
  it('lets an entry be out of a stage, keeping every row', () => {
    const db = databaseAt(5);
    seedVersion1Festival(db);
    seedVersion2Assets(db);
    const states = db.prepare('SELECT COUNT(*) AS n FROM entry_state').get() as { n: number };
    expect(states.n).toBeGreaterThan(0);
    expect(() => db.prepare("UPDATE entry_state SET phase = 'out'").run()).toThrow(/CHECK/);
    const before = dump(db);
    expect(migrate(db, 6)).toEqual([6]);
    expect(userVersion(db)).toBe(6);
    expect(dump(db)).toEqual(before);
    expect(rowCount(dump(db))).toBe(rowCount(before));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);

    const row = db.prepare('SELECT entry_id, stage_id FROM entry_state LIMIT 1').get() as {
      entry_id: string;
      stage_id: string;
    };
    db.prepare("UPDATE entry_state SET phase = 'out' WHERE entry_id = ? AND stage_id = ?").run(
      row.entry_id,
      row.stage_id,
    );
    expect(() => db.prepare("UPDATE entry_state SET phase = 'gone'").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO entry_state VALUES ('no-such-entry', ?, 'out', 1)").run(row.stage_id),
    ).toThrow(/FOREIGN KEY/);
    discard(db);
  });
});
