// Handlers of the "archive" feature (shared/contract/organizer/archive.ts).
import type { archiveCalls } from '../../../../shared/contract/organizer/archive.js';
import { archiveResults, listArchive, saveToArchive } from '../../services/archive.js';
import type { FeatureHandlers } from './context.js';

export const archiveHandlers: FeatureHandlers<typeof archiveCalls> = ({ venue, dataDir }) => ({
  'archive:list': () => listArchive(dataDir),
  'archive:results': (input) => archiveResults(dataDir, input.id),
  'archive:save': () => saveToArchive(venue, dataDir),
});
