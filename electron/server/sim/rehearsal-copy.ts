// The rehearsal's own festival file: a consistent copy of the real panggung.db, marked as a rehearsal so that every snapshot
// says `rehearsal: true`, and given its own organizer key. When the real folder has no
// festival yet, the copy starts empty and the server seeds the demo festival into it.
// The real file is never written: at rest (no -wal beside it: the server is stopped and
// checkpointed) it is copied as bytes; while a server has it open (a -wal exists) the copy
// is SQLite's VACUUM INTO through a read-only connection, which sees committed data only.
// (Opening a read-only connection on a database at rest would leave empty -wal/-shm files
// beside the real file, which is why the byte copy is preferred then.)
import { constants, copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { dbFileName, openDatabase } from '../db/connection.js';

export const rehearsalFolderName = 'gladi';

export type RehearsalCopy = {
  /** The rehearsal's data folder, to pass to the server as --data. */
  dataDir: string;
  file: string;
  /** False when the real folder had no festival database (the demo will be seeded). */
  copiedFrom: string | null;
};

function removeDbFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Byte copy of a database at rest: no -wal before or after, and the file's identity, size
 * and mtime unchanged across the copy (a server starting meanwhile would create a -wal
 * first). False when the file was not at rest: the caller uses VACUUM INTO instead.
 */
function copyAtRest(realFile: string, file: string): boolean {
  const stamp = () => {
    const st = statSync(realFile, { bigint: true });
    return `${st.ino}:${st.size}:${st.mtimeNs}`;
  };
  if (existsSync(`${realFile}-wal`)) return false;
  const before = stamp();
  copyFileSync(realFile, file, constants.COPYFILE_EXCL);
  return !existsSync(`${realFile}-wal`) && stamp() === before;
}

export function prepareRehearsalCopy(
  realDataDir: string,
  organizerKey: string,
  copyDir = join(realDataDir, rehearsalFolderName),
): RehearsalCopy {
  const realFile = join(realDataDir, dbFileName);
  const file = join(copyDir, dbFileName);
  if (realFile === file) throw new Error('the rehearsal copy cannot be the real festival file');
  mkdirSync(copyDir, { recursive: true });
  // Each rehearsal starts from a fresh copy of the real festival.
  removeDbFiles(file);
  let copiedFrom: string | null = null;
  if (existsSync(realFile)) {
    if (!copyAtRest(realFile, file)) {
      removeDbFiles(file);
      const src = new Database(realFile, { readonly: true, fileMustExist: true });
      try {
        src.prepare('VACUUM INTO ?').run(file);
      } finally {
        src.close();
      }
    }
    copiedFrom = realFile;
  }
  // openDatabase runs the integrity check and any pending migration on the copy only.
  const db = openDatabase(copyDir);
  try {
    db.prepare(
      "INSERT INTO meta VALUES ('rehearsal', '1') ON CONFLICT(key) DO UPDATE SET value = '1'",
    ).run();
    db.prepare(
      "INSERT INTO meta VALUES ('organizer_key', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    ).run(organizerKey);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return { dataDir: copyDir, file, copiedFrom };
}
