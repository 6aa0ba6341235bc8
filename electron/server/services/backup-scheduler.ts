// When backups happen: after every lock, every few minutes when something changed, and
// never two at once. A failed backup raises an alarm on the organizer desk.
import type { Logger } from '../log.js';
import { backupNow } from './backup.js';
import type { Venue } from './venue.js';

export function createBackupScheduler(venue: Venue, dataDir: string, log: Logger, everyMs: number) {
  let running: Promise<void> | null = null;
  let again: 'lock' | 'auto' | null = null;
  let lastRevision = venue.revision;
  let stopped = false;

  const run = (reason: 'lock' | 'auto'): void => {
    if (stopped) return;
    if (running) {
      again = again === 'lock' ? 'lock' : reason;
      return;
    }
    const revision = venue.revision;
    running = backupNow(venue.db, dataDir, reason)
      .then((info) => {
        lastRevision = revision;
        log.info('backup made', { file: info.file, bytes: info.bytes });
      })
      .catch((err: unknown) => {
        log.error('backup failed', { err: String(err) });
        venue.raiseAlarm('BACKUP_FAILED', {
          id: `Cadangan gagal dibuat: ${String(err)}`,
          en: `Backup failed: ${String(err)}`,
        });
      })
      .finally(() => {
        running = null;
        const next = again;
        again = null;
        if (next) run(next);
      });
  };

  const unsubscribe = venue.onCommit((changes) => {
    if (changes.some((c) => c.kind === 'live' && c.locked)) run('lock');
  });
  const timer = setInterval(() => {
    if (venue.revision !== lastRevision) run('auto');
  }, everyMs);
  timer.unref();

  return {
    now: () => run('auto'),
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await running;
    },
  };
}
