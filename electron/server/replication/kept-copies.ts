// The old copies a standby keeps aside when it takes a fresh copy of its primary's
// database (panggung.db.before-standby-<ms>): each is a whole festival, so only the newest
// few are kept. Pruned only after a fresh copy is in place, so the copy that was live just
// before it is always among those kept; only files named exactly as ours are touched (the
// live database, its -wal/-shm, backups/ and anything else in the folder never match).
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dbFileName } from '../db/connection.js';

/**
 * Old copies kept: the one replaced last (the copy the standby ran on until now) and the
 * one before it, in case the last fresh copy itself came from a primary that was wrong.
 */
export const keptCopies = 2;

const prefix = `${dbFileName}.before-standby-`;
/** Ours: the prefix, the time in ms, and SQLite's own side files of such a copy if any. */
const ours = new RegExp(`^${prefix.replace(/\./g, '\\.')}(\\d+)(-wal|-shm|-journal)?$`);

/** Where the copy about to be replaced is kept (a new name each time). */
export const keptCopyPath = (dataDir: string, now: number): string =>
  join(dataDir, `${prefix}${now}`);

/**
 * Deletes all but the newest `keep` old copies (by the time in their name); returns the
 * names removed. A file that cannot be removed stays (and is not named): the fresh copy
 * is in place already, and the next one tries again.
 */
export function pruneKeptCopies(dataDir: string, keep = keptCopies): string[] {
  const byTime = new Map<number, string[]>();
  for (const name of readdirSync(dataDir)) {
    const m = ours.exec(name);
    if (!m) continue;
    const at = Number(m[1]);
    byTime.set(at, [...(byTime.get(at) ?? []), name]);
  }
  const old = [...byTime.keys()].sort((a, b) => b - a).slice(Math.max(0, keep));
  return old
    .flatMap((at) => byTime.get(at)!)
    .sort()
    .filter((name) => {
      try {
        rmSync(join(dataDir, name), { force: true });
        return true;
      } catch {
        return false;
      }
    });
}
