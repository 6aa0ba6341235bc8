// The change log a hot standby follows: TEMP triggers generated from the schema at start
// write one change_log row per inserted, updated or deleted row, inside the transaction
// that made the change (so the log holds exactly what committed, in commit order). They
// are TEMP (this connection only, never stored): a table added by a later migration is
// covered by the next start without anyone listing it, and a standby applying the log
// has no triggers until it takes over. The standby replays rows by their key: the rowid
// (or its INTEGER PRIMARY KEY alias), or the primary key of a WITHOUT ROWID table.
import type { ChangeRow } from '../../../shared/contract/replica.js';
import type Database from 'better-sqlite3';
import type { Db } from './connection.js';
import { changeLogTable } from './schema-tables.js';

type Column = { name: string; type: string; pk: number };
type TableShape = { name: string; keys: string[]; cols: string[]; blobs: Set<string> };

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Every user table but the log itself (with `withLog`, the log too), with its key columns
 * and row columns (a plain rowid table's rowid among them: the applier's key).
 */
export function tableShapes(db: Db, withLog = false): TableShape[] {
  const tables = db
    .prepare(
      "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .all() as Array<{ name: string; wr: number }>;
  return tables
    .filter((t) => withLog || t.name !== changeLogTable)
    .map((t) => {
      const cols = db.pragma(`table_info(${q(t.name)})`) as Column[];
      const pks = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
      const alias = !t.wr && pks.length === 1 && pks[0]!.type.toUpperCase() === 'INTEGER';
      const keys = t.wr || alias ? pks.map((c) => c.name) : ['rowid'];
      const names = cols.map((c) => c.name);
      return {
        name: t.name,
        keys,
        cols: keys[0] === 'rowid' ? ['rowid', ...names] : names,
        blobs: new Set(cols.filter((c) => c.type.toUpperCase() === 'BLOB').map((c) => c.name)),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const nowMs = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

function image(t: TableShape, ref: 'NEW' | 'OLD', cols: string[]): string {
  const parts = cols.map((c) => {
    const v = `${ref}.${q(c)}`;
    return `${lit(c)}, ${t.blobs.has(c) ? `CASE WHEN ${v} IS NULL THEN NULL ELSE hex(${v}) END` : v}`;
  });
  return `json_object(${parts.join(', ')})`;
}

/** (Re)creates the logging triggers for the current schema on this connection. */
export function installChangeLog(db: Db): void {
  removeChangeLog(db);
  for (const t of tableShapes(db)) {
    const log = (op: string, key: string, row: string) =>
      `INSERT INTO ${changeLogTable} (at, tbl, op, key_json, row_json) VALUES (${nowMs}, ${lit(t.name)}, '${op}', ${key}, ${row});`;
    const trigger = (op: string, event: string, body: string) =>
      db.exec(
        `CREATE TEMP TRIGGER ${q(`change_log_${op}_${t.name}`)} AFTER ${event} ON main.${q(t.name)} BEGIN ${body} END`,
      );
    trigger('insert', 'INSERT', log('insert', 'NULL', image(t, 'NEW', t.cols)));
    trigger('update', 'UPDATE', log('update', image(t, 'OLD', t.keys), image(t, 'NEW', t.cols)));
    trigger('delete', 'DELETE', log('delete', image(t, 'OLD', t.keys), 'NULL'));
  }
}

export function removeChangeLog(db: Db): void {
  const mine = db
    .prepare(
      "SELECT name FROM sqlite_temp_schema WHERE type = 'trigger' AND name LIKE 'change\\_log\\_%' ESCAPE '\\'",
    )
    .all() as Array<{ name: string }>;
  for (const t of mine) db.exec(`DROP TRIGGER temp.${q(t.name)}`);
}

export function headSeq(db: Db): number {
  return (
    db.prepare(`SELECT COALESCE(MAX(seq), 0) AS s FROM ${changeLogTable}`).get() as {
      s: number;
    }
  ).s;
}

type LogRow = {
  seq: number;
  at: number;
  tbl: string;
  op: ChangeRow['op'];
  key_json: string | null;
  row_json: string | null;
};

/**
 * Changes kept when no standby is attached (about 1,300 sheets: minutes at the bench's
 * 10 sheets a second, hours at a festival's pace), so a standby that comes back soon
 * resumes from them; one that was away longer needs a full copy.
 */
export const changeLogKeepRows = 20_000;
/** At most this many rows deleted per call: a long log shrinks over a few calls. */
const pruneChunk = 5000;

/**
 * Deletes the changes before `before`, never the newest (seq is the rowid: without it the
 * next change would reuse a sequence number). Returns how many rows went.
 */
export function pruneChangeLog(db: Db, before: number): number {
  const { lo, hi } = db
    .prepare(`SELECT MIN(seq) AS lo, MAX(seq) AS hi FROM ${changeLogTable}`)
    .get() as { lo: number | null; hi: number | null };
  if (lo === null || hi === null) return 0;
  const upTo = Math.min(before, hi, lo + pruneChunk);
  return upTo <= lo
    ? 0
    : db.prepare(`DELETE FROM ${changeLogTable} WHERE seq < ?`).run(upTo).changes;
}

/** The changes after `after`, in order, at most `limit`. */
export function changesAfter(db: Db, after: number, limit = 500): ChangeRow[] {
  const rows = db
    .prepare(`SELECT * FROM ${changeLogTable} WHERE seq > ? ORDER BY seq LIMIT ?`)
    .all(after, limit) as LogRow[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    table: r.tbl,
    op: r.op,
    key: r.key_json,
    row: r.row_json,
  }));
}

/** When the change `seq` committed (epoch ms), or null when it is not in the log. */
export function changeAt(db: Db, seq: number): number | null {
  const row = db.prepare(`SELECT at FROM ${changeLogTable} WHERE seq = ?`).get(seq) as
    { at: number } | undefined;
  return row?.at ?? null;
}

/**
 * Applies changes in order on a standby (call inside one transaction, foreign keys off:
 * the primary's cascades are in the log already). Each row goes into this database's own
 * log too, so its head is the last applied sequence.
 */
export function createApplier(db: Db) {
  const shapes = new Map(tableShapes(db).map((t) => [t.name, t]));
  const logInsert = db.prepare(
    `INSERT INTO ${changeLogTable} (seq, at, tbl, op, key_json, row_json) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const value = (t: TableShape, col: string, v: unknown) =>
    t.blobs.has(col) && typeof v === 'string' ? Buffer.from(v, 'hex') : v;
  const where = (t: TableShape) => t.keys.map((k) => `${q(k)} IS ?`).join(' AND ');
  const keyValues = (t: TableShape, json: string | null) => {
    const key = JSON.parse(json ?? '{}') as Record<string, unknown>;
    return t.keys.map((k) => key[k]);
  };
  const statements = new Map<string, Database.Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let st = statements.get(sql);
    if (!st) statements.set(sql, (st = db.prepare(sql)));
    return st;
  };
  return (c: ChangeRow): void => {
    const t = shapes.get(c.table);
    if (!t) throw new Error(`change ${c.seq}: unknown table ${c.table}`);
    const row = JSON.parse(c.row ?? '{}') as Record<string, unknown>;
    const cols = t.cols.filter((col) => col in row);
    const vals = cols.map((col) => value(t, col, row[col]));
    if (c.op === 'insert')
      prepared(
        `INSERT OR REPLACE INTO ${q(t.name)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      ).run(...vals);
    else if (c.op === 'update')
      prepared(
        `UPDATE ${q(t.name)} SET ${cols.map((col) => `${q(col)} = ?`).join(', ')} WHERE ${where(t)}`,
      ).run(...vals, ...keyValues(t, c.key));
    else prepared(`DELETE FROM ${q(t.name)} WHERE ${where(t)}`).run(...keyValues(t, c.key));
    logInsert.run(c.seq, c.at, c.table, c.op, c.key, c.row);
  };
}

/**
 * Can this log serve every change after `after` to a standby whose change `after` was
 * committed at `at`? Null when it can; else why not: the log no longer reaches back that
 * far ("pruned"), or the standby's history is not this one ("diverged": another festival,
 * a restored file, a standby ahead of its primary).
 */
export function resumeProblem(db: Db, after: number, at?: number): string | null {
  const { oldest, head } = db
    .prepare(`SELECT MIN(seq) AS oldest, COALESCE(MAX(seq), 0) AS head FROM ${changeLogTable}`)
    .get() as { oldest: number | null; head: number };
  if (after > head) return `diverged: the standby is ahead (${after} > ${head})`;
  if (after === 0) return oldest === null || oldest === 1 ? null : `pruned: oldest ${oldest}`;
  const mine = changeAt(db, after);
  if (mine === null) return `pruned: oldest ${oldest ?? head + 1}`;
  return at === undefined || at === mine ? null : `diverged at change ${after}`;
}
