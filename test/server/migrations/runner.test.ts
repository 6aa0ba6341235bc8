// The migration runner itself, with migrations written for the test: a table rebuild with
// data keeps every row; a migration that orphans a row or throws half-way rolls back and
// changes nothing; a file newer than the app is refused untouched; the lists of tables come
// from the schema, so a table a migration adds is emptied by "new festival" too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrations, type Migration } from '../../../electron/server/db/migrations/index.js';
import { rebuildTable } from '../../../electron/server/db/migrations/rebuild.js';
import { migrate, SchemaTooNew, userVersion } from '../../../electron/server/db/migrate.js';
import {
  festivalTables,
  keptAcrossFestivals,
  tablesInDependencyOrder,
} from '../../../electron/server/db/schema-tables.js';
import { deleteFestival } from '../../../electron/server/db/setup-repo.js';
import {
  databaseAt,
  discard,
  dump,
  rowCount,
  seedVersion1Festival,
  seedVersion2Assets,
} from './fixtures.js';

const latest = migrations.length;

function scoredFestival() {
  const db = databaseAt(2);
  seedVersion1Festival(db);
  seedVersion2Assets(db);
  migrate(db);
  return db;
}

const next = (name: string, up: Migration['up']): Migration[] => [
  ...migrations,
  { id: latest + 1, name, up },
];

describe('the migration runner', () => {
  it('rebuilds a referenced table with data and keeps every row of every table', () => {
    const db = scoredFestival();
    const before = dump(db);
    // entry is referenced by sheets, versions, entry states and the live panel.
    const rebuild = next('entry-with-note', (d) =>
      rebuildTable(
        d,
        'entry',
        `CREATE TABLE {table} (
          id TEXT PRIMARY KEY, ord INTEGER NOT NULL, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
          institution TEXT NOT NULL, category_id TEXT NOT NULL REFERENCES category(id),
          panel_id TEXT NOT NULL REFERENCES panel(id), presenter TEXT NOT NULL,
          note TEXT NOT NULL DEFAULT '', UNIQUE (panel_id, ord)
        ) STRICT`,
        { note: "'kode ' || code" },
      ),
    );
    expect(migrate(db, latest + 1, rebuild)).toEqual([latest + 1]);
    const after = dump(db);
    expect(rowCount(after)).toBe(rowCount(before));
    expect(after.entry).toEqual(
      (before.entry as Array<{ code: string }>).map((e) => ({ ...e, note: `kode ${e.code}` })),
    );
    expect({ ...after, entry: [] }).toEqual({ ...before, entry: [] });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // The UNIQUE constraints came back with the table.
    expect(() => db.prepare("UPDATE entry SET code = 'OPD-01' WHERE id = 'e2'").run()).toThrow(
      /UNIQUE/,
    );
    discard(db);
  });

  it('rolls back a migration that would orphan rows, keeping version and data', () => {
    const db = scoredFestival();
    const before = dump(db);
    const orphaning = next('drop-a-stage', (d) =>
      d.exec("DELETE FROM stage WHERE id = 'presentasi'"),
    );
    expect(() => migrate(db, latest + 1, orphaning)).toThrow(/broken reference/);
    expect(userVersion(db)).toBe(latest);
    expect(dump(db)).toEqual(before);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    discard(db);
  });

  it('rolls back a migration that fails half-way', () => {
    const db = scoredFestival();
    const before = dump(db);
    const failing = next('half-way', (d) => {
      d.exec('DELETE FROM sheet_value');
      d.exec('SELECT no_such_function()');
    });
    expect(() => migrate(db, latest + 1, failing)).toThrow(/no_such_function/);
    expect(userVersion(db)).toBe(latest);
    expect(dump(db)).toEqual(before);
    discard(db);
  });

  it('refuses a file newer than the app without touching it', () => {
    const db = scoredFestival();
    db.pragma(`user_version = ${latest + 1}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = readFileSync(db.name);
    expect(() => migrate(db)).toThrow(SchemaTooNew);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(db.name).equals(bytes)).toBe(true);
    discard(db);
  });

  it('numbers migrations 1, 2, 3 ... in the order of the list', () => {
    migrations.forEach((m, i) => expect(m.id, m.name).toBe(i + 1));
    const db = databaseAt(0);
    const skipped = [...migrations, { id: latest + 2, name: 'gap', up: () => undefined }];
    expect(() => migrate(db, latest + 1, skipped)).toThrow(/expected/);
    expect(userVersion(db)).toBe(0);
    discard(db);
  });
});

describe('tables read from the schema', () => {
  it('orders parents before children and empties a table a migration adds', () => {
    const db = scoredFestival();
    const withVotes = next('audience-votes', (d) =>
      d.exec(
        'CREATE TABLE audience_vote (entry_id TEXT NOT NULL REFERENCES entry(id), phone TEXT NOT NULL, PRIMARY KEY (entry_id, phone)) STRICT',
      ),
    );
    migrate(db, latest + 1, withVotes);
    db.prepare("INSERT INTO audience_vote VALUES ('e1', '0812')").run();
    const order = tablesInDependencyOrder(db);
    for (const t of order)
      for (const fk of db.pragma(`foreign_key_list("${t}")`) as Array<{ table: string }>)
        if (fk.table !== t)
          expect(order.indexOf(fk.table), `${fk.table} before ${t}`).toBeLessThan(order.indexOf(t));
    expect(festivalTables(db)).toContain('audience_vote');
    for (const kept of keptAcrossFestivals) expect(order).toContain(kept);

    const keptBefore = keptAcrossFestivals.map((t) => dump(db)[t]);
    db.transaction(() => deleteFestival(db))();
    for (const t of festivalTables(db)) expect(dump(db)[t], t).toEqual([]);
    expect(keptAcrossFestivals.map((t) => dump(db)[t])).toEqual(keptBefore);
    discard(db);
  });
});
