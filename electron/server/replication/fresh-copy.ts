// A running standby's fresh copy, taken when its primary answers COPY_NEEDED (the primary
// pruned its log past this copy while the standby was away, or the copy is not its
// history). It never leaves the standby without a usable file: the copy is written beside
// the database and checked (integrity, schema, the same tables and columns, its last
// change), the old content is kept aside as panggung.db.before-standby-* (as a restarted
// standby's fresh copy moves the old file aside; ./kept-copies.ts keeps the newest few), and only then is the copy swapped in by
// one transaction on the open connection: every table emptied and refilled from the copy.
// The server keeps its connection, prepared statements and clients (its caches reload);
// a failure before the commit leaves the old copy as it was (the transaction rolls back,
// after a power cut too: WAL). The file itself is not renamed under the open connection.
import { closeSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fail } from '../../../shared/contract/errors.js';
import type { ReplicaCopy } from '../../../shared/contract/replica.js';
import { headSeq, tableShapes } from '../db/change-log.js';
import { dbFileName, type Db } from '../db/connection.js';
import { privateFileMode } from '../db/file-modes.js';
import { schemaVersion, userVersion } from '../db/migrate.js';
import { keptCopyPath } from './kept-copies.js';
import { StandbyFailed } from './standby-errors.js';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tables, keys and columns by name (column order may differ after a migration rebuild). */
const shapeOf = (db: Db) =>
  JSON.stringify(tableShapes(db, true).map((t) => [t.name, t.keys, [...t.cols].sort()] as const));

export const removeCopy = (file: string): void => {
  for (const s of ['', '-wal', '-shm', '-journal']) rmSync(file + s, { force: true });
};

/** Writes the copy beside the database and checks it; throws why it is not usable. */
export function writeBeside(dataDir: string, copy: ReplicaCopy, live: Db): string {
  const file = join(dataDir, `${dbFileName}.fresh-${Date.now()}`);
  try {
    writeFileSync(file, copy.image, { mode: privateFileMode, flag: 'wx' });
    const problem = copyProblem(file, copy.seq, live);
    if (problem)
      throw new StandbyFailed(fail('COPY_DAMAGED', [problem]), 'the fresh copy is not usable');
    return file;
  } catch (err) {
    removeCopy(file);
    throw err;
  }
}

function copyProblem(file: string, seq: number, live: Db): string | null {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return `integrity check: ${String(check)}`;
    if (userVersion(db) !== schemaVersion)
      return `schema ${userVersion(db)}, this standby has ${schemaVersion}`;
    if (shapeOf(db) !== shapeOf(live)) return "its tables are not this database's";
    const head = headSeq(db);
    return head === seq ? null : `its last change is ${head}, the primary said ${seq}`;
  } finally {
    db.close();
  }
}

/** The open database's content, kept aside (private) before it is replaced. */
export function keepAside(live: Db, dataDir: string): string {
  const file = keptCopyPath(dataDir, Date.now());
  // SQLite creates the file with the process's umask: create it private first (VACUUM
  // INTO accepts an empty file).
  closeSync(openSync(file, 'wx', privateFileMode));
  live.prepare('VACUUM INTO ?').run(file);
  return file;
}

/**
 * Replaces every row of the open database with the checked copy's, in one transaction run
 * by `inTransaction` (the venue's applyReplicated: caches reload and clients hear after).
 */
export function swapIn(live: Db, file: string, inTransaction: (work: () => void) => void): void {
  const shapes = tableShapes(live, true);
  live.prepare('ATTACH DATABASE ? AS fresh').run(file);
  try {
    inTransaction(() => {
      for (const t of shapes) {
        const cols = t.cols.map(q).join(', ');
        live.exec(`DELETE FROM main.${q(t.name)}`);
        live.exec(`INSERT INTO main.${q(t.name)} (${cols}) SELECT ${cols} FROM fresh.${q(t.name)}`);
      }
    });
  } finally {
    live.exec('DETACH DATABASE fresh');
  }
}
