// "New festival" and "Open festival" are folders: a festival is a data folder holding
// panggung.db (plus its backups/). New wants a folder without one, Open a folder with
// one. The switch itself (close the server, start it on the other folder) is in
// switch-festival.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { dbFileName } from '../server/db/connection.js';
import type { Strings } from './strings.js';

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

type FolderDialog = Pick<Electron.Dialog, 'showOpenDialog' | 'showErrorBox'>;

/** The native folder picker for New/Open festival; null when cancelled or refused (said why). */
export async function askFestivalFolder(
  dialog: FolderDialog,
  win: BrowserWindow | null,
  purpose: FolderPurpose,
  s: Strings,
): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: purpose === 'new' ? s.newFestivalTitle : s.openFestivalTitle,
    properties:
      purpose === 'new'
        ? ['openDirectory', 'createDirectory', 'promptToCreate']
        : ['openDirectory'],
  };
  const picked = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  const dir = picked.filePaths[0];
  if (picked.canceled || !dir) return null;
  const check = checkFestivalFolder(dir, purpose);
  if (!check.ok) {
    dialog.showErrorBox(
      s.festival,
      check.reason === 'has-festival' ? s.folderHasFestival : s.folderNoFestival,
    );
    return null;
  }
  return dir;
}
