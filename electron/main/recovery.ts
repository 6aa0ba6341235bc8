// When the festival database is refused at start (damaged), offer the latest backup: the
// damaged file is moved aside, never deleted, and the backup takes its place. A newer
// schema or an unwritable folder is not something a backup fixes: no offer then.
import { DatabaseRefused } from '../server/db/connection.js';
import type { Logger } from '../server/log.js';
import { listBackups, restoreLatestOffline } from '../server/services/backup.js';
import type { Strings } from './strings.js';

export type AskRestore = (options: {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}) => Promise<{ response: number }>;

/** True when a backup was put in place and the start should be tried again. */
export async function offerRestoreLatest(
  err: unknown,
  dataDir: string,
  ask: AskRestore,
  s: Strings,
  log: Logger,
): Promise<boolean> {
  if (!(err instanceof DatabaseRefused) || err.reason !== 'corrupt') return false;
  const latest = listBackups(dataDir)[0];
  if (!latest) return false;
  const { response } = await ask({
    type: 'warning',
    title: s.serverFailedTitle,
    message: s.databaseRefused,
    detail: `${err.message}\n\n${s.restoreOffer(latest.file)}`,
    buttons: [s.restoreLatest, s.quit],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return false;
  const outcome = restoreLatestOffline(dataDir);
  log.warn('restored the latest backup after a refused database', { dataDir, ...outcome });
  return outcome !== null;
}
