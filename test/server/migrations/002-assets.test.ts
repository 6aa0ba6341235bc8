// Migration 2 on a scored version-1 festival: every row is kept and the logo table appears,
// taking the three image types only.
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/server/db/migrate.js';
import { databaseAt, discard, dump, seedVersion1Festival, seedVersion2Assets } from './fixtures.js';

describe('migration 2 (assets)', () => {
  it('keeps a version-1 festival whole and adds the asset table', () => {
    const db = databaseAt(1);
    seedVersion1Festival(db);
    const before = dump(db);
    expect(migrate(db, 2)).toEqual([2]);
    expect(userVersion(db)).toBe(2);
    const after = dump(db);
    expect(after.asset).toEqual([]);
    delete after.asset;
    expect(after).toEqual(before);
    seedVersion2Assets(db);
    expect(() =>
      db.prepare("INSERT INTO asset VALUES ('logo-2', 'text/html', x'00', 1)").run(),
    ).toThrow(/CHECK/);
    discard(db);
  });
});
