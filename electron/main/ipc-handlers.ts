// What each IPC channel does, behind the checks of ipc.ts: native dialogs (main reads and
// writes the files, the page never gets a path it can use), the organizer key, vetted
// external links and the LAN addresses. Electron's dialog and shell come in as parameters.
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type {
  BaseWindow,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { DomainError } from '../../shared/contract/errors.js';
import { MAX_IPC_FILE_BYTES, type IpcParsed } from '../../shared/contract/ipc.js';
import { backupPath } from '../server/services/backup.js';
import type { VenueServer } from '../server/venue-server.js';
import { openExternalSafely, type OpenExternal } from './guards.js';
import type { IpcHandlers } from './ipc.js';
import type { Logger } from './logger.js';
import type { Strings } from './strings.js';

export type DialogLike = {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
};

export type HandlerDeps = {
  server(): VenueServer;
  /** The running festival's data folder (its backups/ holds the server's backups). */
  dataDir(): string;
  organizerWindow(): BaseWindow | null;
  dialog: DialogLike;
  openExternal: OpenExternal;
  documentsDir: string;
  strings(): Strings;
  log: Logger;
  /** "Jadikan laptop cadangan..." (standby.ts). */
  becomeStandby(input: IpcParsed<'standby:become'>): Promise<{ primary: string } | null>;
};

export const TEMPLATE_EXTENSIONS = ['xlsx', 'csv', 'json'];

export function jurorUrls(urls: VenueServer['urls']): string[] {
  return (urls.lan.length > 0 ? urls.lan : [urls.local]).map(
    (u) => `${u.replace(/\/+$/, '')}/juri`,
  );
}

function requireWindow(deps: HandlerDeps): BaseWindow {
  const win = deps.organizerWindow();
  if (!win) throw new DomainError('NOT_FOUND', ['the organizer window is closed']);
  return win;
}

export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    'organizer:key': async () => ({ key: deps.server().organizerKey }),

    'lan:info': async () => {
      const { urls } = deps.server();
      return { local: urls.local, lan: [...urls.lan], jurorUrls: jurorUrls(urls) };
    },

    'standby:become': (input) => deps.becomeStandby(input),

    'shell:open-external': async ({ url }) => {
      if (!(await openExternalSafely(url, deps.openExternal, deps.log))) {
        throw new DomainError('BAD_INPUT', ['only http and https links can be opened']);
      }
      return null;
    },

    'dialog:open-template': async () => {
      const s = deps.strings();
      const picked = await deps.dialog.showOpenDialog(requireWindow(deps), {
        title: s.openTemplateTitle,
        properties: ['openFile'],
        filters: [{ name: s.templateFilter, extensions: TEMPLATE_EXTENSIONS }],
      });
      const path = picked.filePaths[0];
      if (picked.canceled || !path) return null;
      const { size } = await stat(path);
      if (size > MAX_IPC_FILE_BYTES) throw new DomainError('BAD_INPUT', [s.fileTooLarge]);
      const bytes = await readFile(path);
      deps.log.info('template picked', { name: basename(path), bytes: bytes.length });
      return { name: basename(path), bytes: bytes.length, base64: bytes.toString('base64') };
    },

    'dialog:save-file': async ({ suggestedName, encoding, content }) => {
      const s = deps.strings();
      const data = Buffer.from(content, encoding);
      if (data.length > MAX_IPC_FILE_BYTES) throw new DomainError('BAD_INPUT', [s.fileTooLarge]);
      const picked = await deps.dialog.showSaveDialog(requireWindow(deps), {
        title: s.saveTitle,
        defaultPath: join(deps.documentsDir, suggestedName),
      });
      if (picked.canceled || !picked.filePath) return null;
      await writeFile(picked.filePath, data);
      deps.log.info('file saved', { name: basename(picked.filePath), bytes: data.length });
      return { path: picked.filePath };
    },

    'dialog:save-backup-copy': async ({ file }) => {
      // The server's own rule for backup names: a plain name inside DATA/backups, existing.
      const source = backupPath(deps.dataDir(), file);
      const picked = await deps.dialog.showSaveDialog(requireWindow(deps), {
        title: deps.strings().saveBackupTitle,
        defaultPath: join(deps.documentsDir, file),
        filters: [{ name: 'SQLite', extensions: ['db'] }],
      });
      if (picked.canceled || !picked.filePath) return null;
      await copyFile(source, picked.filePath);
      deps.log.info('backup copied', { file, to: basename(picked.filePath) });
      return { path: picked.filePath };
    },
  };
}
