// Opens the festival database: durable pragmas, integrity check, migrations. A database
// newer than this app, or one that fails its integrity check, is refused (never touched).
import { accessSync, closeSync, constants, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { privateDir, privateFileMode, privateFiles } from './file-modes.js';
import { migrate, SchemaTooNew } from './migrate.js';

export type Db = Database.Database;

export class DatabaseRefused extends Error {
  constructor(
    readonly reason: 'newer-schema' | 'corrupt' | 'unwritable',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseRefused';
  }
}

export const dbFileName = 'panggung.db';

export function openDatabase(dataDir: string): Db {
  privateDir(dataDir);
  const file = join(dataDir, dbFileName);
  const existed = existsSync(file);
  let db: Db;
  try {
    // SQLite gives the WAL and shared-memory files the database file's mode: create the
    // file private before SQLite does (an empty file is a new database to SQLite).
    if (!existed) closeSync(openSync(file, 'wx', privateFileMode));
    privateFiles(file, `${file}-wal`, `${file}-shm`);
    db = new Database(file, { fileMustExist: existed });
    // A score acknowledged to a juror must survive a power cut: WAL, and every commit is
    // synced to the disk before anyone hears of it, by one fsync shared by the commits made
    // meanwhile, off the event loop (durability.ts). SQLite itself syncs only at
    // checkpoints (synchronous=NORMAL: never corrupt, the last commits are ours to sync).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (err) {
    if (!writable(dataDir))
      throw new DatabaseRefused(
        'unwritable',
        `the data folder ${dataDir} is read-only or not writable`,
      );
    throw new DatabaseRefused('corrupt', `cannot open ${file}: ${(err as Error).message}`);
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
  } catch (err) {
    db.close();
    throw new DatabaseRefused(
      'corrupt',
      `integrity check failed for ${file}: ${(err as Error).message}`,
    );
  }
  try {
    migrate(db);
  } catch (err) {
    db.close();
    if (err instanceof SchemaTooNew)
      throw new DatabaseRefused('newer-schema', `${file} has ${err.message}`);
    throw err;
  }
  return db;
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Flush the WAL into the main file; used on shutdown and before backups. */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
