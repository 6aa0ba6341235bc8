// Handlers of the "backup" feature (shared/contract/organizer/backup.ts).
import type { backupCalls } from '../../../../shared/contract/organizer/backup.js';
import { backupNow, listBackups, restoreBackup } from '../../services/backup.js';
import { startNewFestival } from '../../services/new-festival.js';
import type { FeatureHandlers } from './context.js';

export const backupHandlers: FeatureHandlers<typeof backupCalls> = ({ venue, who, dataDir }) => ({
  'backup:now': () => backupNow(venue.db, dataDir, 'manual'),
  'backup:list': () => listBackups(dataDir),
  'backup:restore': (input) => restoreBackup(venue, dataDir, input.file, who),
  'festival:new': (input) => startNewFestival(venue, dataDir, who, input),
});
