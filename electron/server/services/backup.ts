// Backups: online copies of the festival database into DATA/backups, made with SQLite's
// backup API while the festival runs (on every lock, every few minutes when something
// changed, and on demand), and restore from one of them. A restore first saves a
// pre-restore copy, then replaces the live data in one transaction, so a failed restore
// changes nothing.
import { existsSync, readdirSync, renameSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { DomainError } from '../../../shared/contract/errors.js';
import { dbFileName, type Db } from '../db/connection.js';
import { privateDir, privateFiles } from '../db/file-modes.js';
import { migrate, schemaVersion, userVersion } from '../db/migrate.js';
import { changeLogTable, columnNames, tablesInDependencyOrder } from '../db/schema-tables.js';
import { epochKey, epochOf } from './place.js';
import type { Venue } from './venue.js';

export type BackupInfo = { file: string; bytes: number; createdAt: number; reason: string };

const keepAutomatic = 60;
const namePattern = /^panggung-(\d{8}-\d{6}-\d{3})-([a-z-]+)\.db$/;

export function backupDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

function stamp(at: number): string {
  const d = new Date(at);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${p(d.getMilliseconds(), 3)}`;
}

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((file) => {
      const m = namePattern.exec(file);
      if (!m) return [];
      const st = statSync(join(dir, file));
      return [{ file, bytes: st.size, createdAt: st.mtimeMs, reason: m[2] ?? '' }];
    })
    .sort((a, b) => b.file.localeCompare(a.file));
}

/** Copies the live database (consistent, while it runs) into backups/. */
export async function backupNow(
  db: Db,
  dataDir: string,
  reason: 'lock' | 'auto' | 'manual' | 'pre-restore' | 'shutdown' | 'new-festival',
): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  privateDir(dir);
  const file = `panggung-${stamp(Date.now())}-${reason}.db`;
  const tmp = join(dir, `${file}.partial`);
  await db.backup(tmp);
  privateFiles(tmp);
  renameSync(tmp, join(dir, file));
  pruneAutomatic(dataDir);
  const st = statSync(join(dir, file));
  return { file, bytes: st.size, createdAt: st.mtimeMs, reason };
}

function pruneAutomatic(dataDir: string): void {
  const auto = listBackups(dataDir).filter((b) => b.reason === 'auto' || b.reason === 'lock');
  for (const b of auto.slice(keepAutomatic))
    rmSync(join(backupDir(dataDir), b.file), { force: true });
}

/** Resolve a backup file name given by a client: only plain names inside backups/. */
export function backupPath(dataDir: string, file: string): string {
  if (!namePattern.test(file) || basename(file) !== file)
    throw new DomainError('BAD_INPUT', ['unknown backup file']);
  const path = join(backupDir(dataDir), file);
  if (!existsSync(path)) throw new DomainError('NOT_FOUND', [file]);
  return path;
}

/**
 * A working copy of a backup brought up to this app's schema: the backup file itself is
 * never written. Refuses a damaged backup or one from a newer Panggung.
 */
function migratedCopy(path: string, file: string): string {
  const copy = `${path}.restoring`;
  removeDbFiles(copy);
  copyFileSync(path, copy);
  const db = new Database(copy, { fileMustExist: true });
  try {
    if (db.pragma('quick_check', { simple: true }) !== 'ok')
      throw new DomainError('BAD_INPUT', [`backup ${file} is damaged`]);
    const version = userVersion(db);
    if (version > schemaVersion)
      throw new DomainError('BAD_INPUT', [
        `backup ${file} comes from a newer Panggung (schema ${version}, this app ${schemaVersion})`,
      ]);
    migrate(db);
  } catch (err) {
    db.close();
    removeDbFiles(copy);
    if (err instanceof DomainError) throw err;
    throw new DomainError('BAD_INPUT', [`backup ${file} is damaged: ${(err as Error).message}`]);
  }
  db.close();
  return copy;
}

/**
 * Replaces the live festival with a backup's contents, in one transaction. An older backup
 * is migrated first (on a copy). Every table of the schema is replaced, listed from the
 * schema itself, so a table added later is never left behind.
 */
export async function restoreBackup(
  venue: Venue,
  dataDir: string,
  file: string,
  actor: string,
): Promise<BackupInfo> {
  const path = backupPath(dataDir, file);
  const copy = migratedCopy(path, file);
  try {
    const before = await backupNow(venue.db, dataDir, 'pre-restore');
    const db = venue.db;
    db.prepare('ATTACH DATABASE ? AS restore_src').run(copy);
    try {
      // The change log is this database's own history (a standby follows it), and the epoch
      // says which laptop is the primary: a restore brings back the festival, not those.
      const tables = tablesInDependencyOrder(db).filter((t) => t !== changeLogTable);
      const epoch = String(epochOf(venue.repos.meta));
      venue.commit([{ kind: 'setup' }], () => {
        db.pragma('defer_foreign_keys = ON');
        for (const t of [...tables].reverse()) db.exec(`DELETE FROM main."${t}"`);
        for (const t of tables) {
          const cols = columnNames(db, t)
            .map((c) => `"${c}"`)
            .join(', ');
          db.exec(`INSERT INTO main."${t}" (${cols}) SELECT ${cols} FROM restore_src."${t}"`);
        }
        // Keep the revision moving forward, so clients take the restored snapshot.
        db.prepare("UPDATE meta SET value = CAST(? AS TEXT) WHERE key = 'revision'").run(
          venue.revision,
        );
        venue.repos.meta.set(epochKey, epoch);
        venue.repos.audit.add({
          at: venue.now(),
          actor,
          action: 'backup.restore',
          target: file,
          old: { preRestore: before.file },
        });
      });
    } finally {
      db.exec('DETACH DATABASE restore_src');
    }
    return before;
  } finally {
    removeDbFiles(copy);
  }
}

function removeDbFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/**
 * Start-up recovery for a database that was refused: move the damaged file aside (never
 * delete or overwrite it) and put the newest backup in its place.
 */
export function restoreLatestOffline(
  dataDir: string,
): { restored: string; movedAside: string } | null {
  const latest =
    listBackups(dataDir).find((b) => b.reason !== 'pre-restore') ?? listBackups(dataDir)[0];
  if (!latest) return null;
  const live = join(dataDir, dbFileName);
  const aside = `${live}.damaged-${stamp(Date.now())}`;
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(live + suffix)) renameSync(live + suffix, aside + suffix);
  copyFileSync(join(backupDir(dataDir), latest.file), live);
  privateFiles(live);
  return { restored: latest.file, movedAside: basename(aside) };
}
