// A festival database read as data, for tests comparing two laptops' files.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tableShapes } from '../../electron/server/db/change-log.js';
import { dbFileName } from '../../electron/server/db/connection.js';

/** Every row of every table but the change log, by table, in key order. */
export function allRows(dataDir: string): Record<string, unknown[]> {
  const db = new Database(join(dataDir, dbFileName), { readonly: true });
  try {
    return Object.fromEntries(
      tableShapes(db).map((t) => [
        t.name,
        db
          .prepare(
            `SELECT ${t.cols.map((c) => `"${c}"`).join(', ')} FROM "${t.name}" ORDER BY ${t.keys.map((k) => `"${k}"`).join(', ')}`,
          )
          .all(),
      ]),
    );
  } finally {
    db.close();
  }
}
