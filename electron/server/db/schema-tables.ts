// The festival's tables, read from the schema itself (sqlite_schema and each table's
// foreign keys), so a table added by a migration is deleted on "new festival" and carried
// by a backup restore without anyone remembering to list it.
import type Database from 'better-sqlite3';

/** The hot standby's change log (migration 9): this database's own history, never restored. */
export const changeLogTable = 'change_log';

/**
 * Tables that outlive a festival: the desk's settings and revision, the audit trail, and
 * the change log (a standby follows it across a "new festival").
 */
export const keptAcrossFestivals: readonly string[] = ['meta', 'audit_log', changeLogTable];

/** Every user table, parents before the tables that reference them. */
export function tablesInDependencyOrder(db: Database.Database): string[] {
  const names = (
    db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as Array<{ name: string }>
  ).map((r) => r.name);
  const parents = new Map(
    names.map((n) => [
      n,
      (db.pragma(`foreign_key_list("${n}")`) as Array<{ table: string }>)
        .map((fk) => fk.table)
        .filter((p) => p !== n),
    ]),
  );
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (placed.has(name)) return;
    if (path.has(name)) throw new Error(`foreign keys form a cycle through ${name}`);
    path.add(name);
    for (const p of parents.get(name) ?? []) if (parents.has(p)) visit(p, path);
    path.delete(name);
    placed.add(name);
    ordered.push(name);
  };
  for (const n of names) visit(n, new Set());
  return ordered;
}

/** The tables "new festival" empties: every table but the kept ones, children first. */
export function festivalTables(db: Database.Database): string[] {
  return tablesInDependencyOrder(db).filter((t) => !keptAcrossFestivals.includes(t));
}

export function columnNames(db: Database.Database, table: string, schema = 'main'): string[] {
  return (db.pragma(`${schema}.table_info("${table}")`) as Array<{ name: string }>).map(
    (c) => c.name,
  );
}
