// A running standby's fresh copy, taken when its primary answers COPY_NEEDED (the primary
// pruned its log past this copy while it was away; the mechanics: ./fresh-copy.ts), what
// the organizer is told, and when it is tried again. The old copy stays when it fails.
// A stalled transfer is retried on a new connection at once (the connection is dropped and
// made again, without PRIMARY_LOST: the primary is there; COPY_STALLED from a second stall
// in a row). Any other failure (the primary refuses or fails the copy: its backup failed
// on a full disk, RATE_LIMITED, INTERNAL) is tried again after the standby's growing wait
// (./follow-retry.ts); a copy installed starts the waits over.
import { basename } from 'node:path';
import type { Socket } from 'socket.io-client';
import type { Logger } from '../log.js';
import type { Venue } from '../services/venue.js';
import { CopyStalled, receiveCopy } from './copy-transfer.js';
import { keepAside, removeCopy, swapIn, writeBeside } from './fresh-copy.js';
import { retryIn, type FollowRetry } from './follow-retry.js';
import { keptCopies, pruneKeptCopies } from './kept-copies.js';
import { reasonIn } from './standby-errors.js';

export type CopyRun = {
  venue: Venue;
  socket: Socket;
  dataDir: string;
  log: Logger;
  /** The wait for each part (copy-transfer.ts: copyIdleMs). */
  idleMs?: number;
  /** The standby's one pending try to follow again (a failed copy waits in it). */
  retry: FollowRetry;
  /** Taken over meanwhile: this database is the primary's now. */
  stopped: () => boolean;
  connected: () => boolean;
  /** A copy was installed: the follow goes on from its last change. */
  installed: () => void;
  /** Asks the primary to follow again (replica:follow). */
  ask: () => void;
  /** Drops the connection and makes it again (a stalled link answers nothing more). */
  reconnect: () => void;
};

export function runningCopy(run: CopyRun) {
  const { venue, log } = run;
  /** Taking a fresh copy: changes are not applied, nothing else is asked meanwhile. */
  let copying = false;
  /** Stalled copies in a row: the first is retried quietly, from the second the alarm. */
  let stalls = 0;

  async function take(): Promise<void> {
    copying = true;
    run.retry.cancel();
    venue.raiseAlarm('COPY_NEEDED', {
      id: 'Laptop utama tidak lagi menyimpan perubahan sejak salinan ini: laptop cadangan mengambil salinan baru sendiri.',
      en: 'The primary no longer holds the changes since this copy: the standby is taking a fresh copy by itself.',
    });
    let fresh: string | null = null;
    let failure: { err: unknown } | null = null;
    try {
      const copy = await receiveCopy(run.socket, run.idleMs);
      if (run.stopped()) return; // taken over meanwhile: this database is the primary's now
      fresh = writeBeside(run.dataDir, copy, venue.db);
      const aside = keepAside(venue.db, run.dataDir);
      swapIn(venue.db, fresh, (work) => venue.applyReplicated(work, true));
      run.installed();
      stalls = 0;
      run.retry.reset();
      const removed = pruneKeptCopies(run.dataDir);
      log.info('standby took a fresh copy while running', { seq: copy.seq, aside, removed });
      const list = removed.join(', ');
      const [goneId, goneEn] = removed.length
        ? [
            ` Salinan lama yang dihapus (hanya ${keptCopies} terbaru disimpan): ${list}.`,
            ` Older copies removed (only the newest ${keptCopies} are kept): ${list}.`,
          ]
        : ['', ''];
      venue.raiseAlarm('COPY_REFRESHED', {
        id: `Laptop cadangan memasang salinan baru dari laptop utama (perubahan ${copy.seq}) dan mengikutinya lagi; salinan lama disimpan sebagai ${basename(aside)}.${goneId}`,
        en: `The standby installed a fresh copy from the primary (change ${copy.seq}) and follows it again; the old copy is kept as ${basename(aside)}.${goneEn}`,
      });
    } catch (err) {
      failure = { err };
    } finally {
      if (fresh) removeCopy(fresh);
      copying = false;
    }
    if (failure) failed(failure.err);
    else if (!run.stopped() && run.connected()) run.ask(); // follow on from the copy
  }

  function failed(err: unknown): void {
    const stalled = err instanceof CopyStalled;
    stalls = stalled ? stalls + 1 : 0;
    const delay = stalled ? null : run.retry.failed();
    // Not connected: the connect handler asks at once when the connection is back.
    const waitMs = run.connected() ? delay : null;
    log.error('the fresh copy failed: the old copy stays', {
      err: String(err),
      stalls,
      retryInMs: waitMs,
    });
    if (run.stopped()) return;
    if (stalled) {
      // One stall is a Wi-Fi that went silent for a moment: retried at once, nothing for the
      // organizer to do. A stall again on the new connection is worth a look at the link.
      if (stalls >= 2)
        venue.raiseAlarm('COPY_STALLED', {
          id: `Salinan baru dari laptop utama macet ${stalls} kali berturut-turut (${(err as Error).message}); salinan lama tetap dipakai dan laptop cadangan terus mencoba. Periksa Wi-Fi antara kedua laptop.`,
          en: `The fresh copy from the primary stalled ${stalls} times in a row (${(err as Error).message}); the old copy stays and the standby keeps trying. Check the Wi-Fi between the laptops.`,
        });
      // A stalled link answers nothing more on this connection: retry on a new one now
      // rather than when the heartbeat gives up on it (the connect handler asks again).
      run.reconnect();
      return;
    }
    const [whenId, whenEn] = retryIn(waitMs);
    venue.raiseAlarm('COPY_NEEDED', {
      id: `Salinan baru gagal (${reasonIn(err, 'id')}); salinan lama tetap dipakai. Laptop cadangan mencoba lagi ${whenId}, atau mulai ulang laptop cadangan.`,
      en: `The fresh copy failed (${reasonIn(err, 'en')}); the old copy stays. The standby tries again ${whenEn}, or restart the standby.`,
    });
    if (waitMs !== null) run.retry.after(waitMs);
  }

  return {
    /** A fresh copy is under way: changes are not applied, nothing else is asked. */
    get busy(): boolean {
      return copying;
    },
    take,
  };
}
