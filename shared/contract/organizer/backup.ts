// Organizer feature "backup": copies of the festival database and restoring one.
// Handlers: electron/server/realtime/organizer/backup.ts.
import { call } from '../call.js';
import * as s from '../schemas.js';
import type { BackupInfo } from '../views.js';

export const backupCalls = {
  'backup:now': call<BackupInfo>()(s.emptySchema),
  'backup:list': call<BackupInfo[]>()(s.emptySchema),
  /** Restores a backup after saving a pre-restore copy; replies with that copy. */
  'backup:restore': call<BackupInfo>()(s.backupRestoreSchema),
  /** Archives the festival (a backup), then empties it for a new one; replies with the archive. */
  'festival:new': call<BackupInfo>()(s.festivalNewSchema),
};
