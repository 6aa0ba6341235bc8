// Brings a festival database up to this app's schema: each pending migration in its own
// transaction, with foreign keys off around it (PRAGMA foreign_keys is a no-op inside a
// transaction, so it is switched here, outside) and PRAGMA foreign_key_check before the
// commit, so a migration that would orphan a row rolls back and changes nothing.
// PRAGMA user_version records the last migration applied. A database newer than the app
// is refused, never touched.
import type Database from 'better-sqlite3';
import { migrations as allMigrations, schemaVersion, type Migration } from './migrations/index.js';

export { schemaVersion };

export class SchemaTooNew extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`schema ${found} is newer than this app (${supported}): update Panggung to open it`);
    this.name = 'SchemaTooNew';
  }
}

export function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration after the database's user_version, up to `target` (the latest by
 * default; tests stop earlier to seed an old version). Returns the ids applied.
 */
export function migrate(
  db: Database.Database,
  target = schemaVersion,
  migrations: readonly Migration[] = allMigrations,
): number[] {
  migrations.forEach((m, i) => {
    if (m.id !== i + 1) throw new Error(`migration ${m.name} has id ${m.id}, expected ${i + 1}`);
  });
  const current = userVersion(db);
  if (current > migrations.length) throw new SchemaTooNew(current, migrations.length);
  const applied: number[] = [];
  const fkWasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  for (const m of migrations.slice(current, target)) {
    db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        m.up(db);
        const broken = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
        if (broken.length > 0) {
          const where = broken
            .slice(0, 5)
            .map((b) => `${b.table} -> ${b.parent}`)
            .join(', ');
          throw new Error(
            `migration ${m.id} (${m.name}) leaves ${broken.length} broken reference(s): ${where}`,
          );
        }
        db.pragma(`user_version = ${m.id}`);
      })();
    } finally {
      if (fkWasOn) db.pragma('foreign_keys = ON');
    }
    applied.push(m.id);
  }
  return applied;
}
