// "New festival" and "Open festival" are folders: a festival is a data folder holding
// panggung.db (plus its backups/). New wants a folder without one, Open a folder with
// one. The switch itself (close the server, start it on the other folder) is in shell.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dbFileName } from '../server/db/connection.js';

export type FolderPurpose = 'new' | 'open';
export type FolderCheck = { ok: true } | { ok: false; reason: 'has-festival' | 'no-festival' };

export function checkFestivalFolder(
  dir: string,
  purpose: FolderPurpose,
  exists: (path: string) => boolean = existsSync,
): FolderCheck {
  const hasDb = exists(join(dir, dbFileName));
  if (purpose === 'new' && hasDb) return { ok: false, reason: 'has-festival' };
  if (purpose === 'open' && !hasDb) return { ok: false, reason: 'no-festival' };
  return { ok: true };
}
