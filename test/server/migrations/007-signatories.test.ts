// Migration 7 adds the festival's document number and its signatories to a scored
// version-6 festival: every row survives (the festival gains an empty number), the new
// table starts empty, and it holds signatories in order, refusing a festival that does not
// exist or a position below 1.
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../electron/server/db/migrate.js';
import { loadSetup } from '../../../electron/server/db/setup-repo.js';
import {
  databaseAt,
  discard,
  dump,
  rowCount,
  seedVersion1Festival,
  seedVersion2Assets,
} from './fixtures.js';

describe('migration 7 (signatories and the document number)', () => {
  it('keeps every row, gives the festival an empty number and no signatories', () => {
    const db = databaseAt(6);
    seedVersion1Festival(db);
    seedVersion2Assets(db);
    const before = dump(db);
    expect(migrate(db, 7)).toEqual([7]);
    expect(userVersion(db)).toBe(7);
    const after = dump(db);
    const { festival: festivalAfter, signatory, ...restAfter } = after;
    const { festival: festivalBefore, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expect(festivalAfter).toEqual(
      (festivalBefore ?? []).map((f) => ({ ...(f as object), document_number: '' })),
    );
    expect(signatory).toEqual([]);
    expect(rowCount(after)).toBe(rowCount(before));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    discard(db);
  });

  it('stores signatories in signing order and the app reads them back', () => {
    const db = databaseAt(6);
    seedVersion1Festival(db);
    migrate(db, 7);
    const fid = (db.prepare('SELECT id FROM festival').get() as { id: string }).id;
    db.prepare("UPDATE festival SET document_number = '000.8/1/2026' WHERE id = ?").run(fid);
    const insert = db.prepare('INSERT INTO signatory VALUES (?, ?, ?, ?, ?)');
    insert.run(fid, 2, 'Kepala Bappeda', 'Ir. Sari Dewi', '19750101 200003 2 001');
    insert.run(fid, 1, 'Ketua Panitia', 'Drs. Budi', '');
    expect(() => insert.run('no-such-festival', 3, 'X', 'Y', '')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run(fid, 0, 'X', 'Y', '')).toThrow(/CHECK/);
    const festival = loadSetup(db)?.festival;
    expect(festival?.documentNumber).toBe('000.8/1/2026');
    expect(festival?.signatories).toEqual([
      { role: 'Ketua Panitia', name: 'Drs. Budi', nip: '' },
      { role: 'Kepala Bappeda', name: 'Ir. Sari Dewi', nip: '19750101 200003 2 001' },
    ]);
    discard(db);
  });
});
