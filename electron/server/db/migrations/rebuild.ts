// The one safe way to change a table's definition in SQLite (a CHECK, a column type, a
// constraint): create the new table, copy every row, drop the old one, rename the new one,
// and put its indexes and triggers back (https://sqlite.org/lang_altertable.html, "other
// kinds of table schema changes"). Only inside a migration: the runner has turned foreign
// keys off, so dropping the old table does not cascade into its children, and it runs
// PRAGMA foreign_key_check before committing.
import type Database from 'better-sqlite3';

type Column = { name: string };

/**
 * Rebuilds `table` with `createSql`, a CREATE TABLE statement for the table's new shape
 * written with the placeholder name `{table}`. Rows are copied column by column (columns
 * both shapes share); `select` maps a column that needs a computed value.
 */
export function rebuildTable(
  db: Database.Database,
  table: string,
  createSql: string,
  select: Record<string, string> = {},
): void {
  if (db.pragma('foreign_keys', { simple: true }) !== 0)
    throw new Error(`rebuildTable(${table}) needs foreign keys off (run it from a migration)`);
  const temp = `${table}__rebuild`;
  const rows = count(db, table);
  const attached = db
    .prepare(
      "SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index','trigger') AND sql IS NOT NULL",
    )
    .all(table) as Array<{ sql: string }>;
  db.exec(createSql.replaceAll('{table}', temp));
  const oldCols = new Set(columns(db, table));
  const newCols = columns(db, temp).filter((c) => oldCols.has(c) || c in select);
  const list = newCols.map((c) => `"${c}"`).join(', ');
  const values = newCols.map((c) => select[c] ?? `"${c}"`).join(', ');
  db.exec(`INSERT INTO "${temp}" (${list}) SELECT ${values} FROM "${table}"`);
  db.exec(`DROP TABLE "${table}"`);
  db.exec(`ALTER TABLE "${temp}" RENAME TO "${table}"`);
  for (const { sql } of attached) db.exec(sql);
  const after = count(db, table);
  if (after !== rows) throw new Error(`rebuild of ${table} kept ${after} of ${rows} rows`);
}

function columns(db: Database.Database, table: string): string[] {
  return (db.pragma(`table_info("${table}")`) as Column[]).map((c) => c.name);
}

function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
}
