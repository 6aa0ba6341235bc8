// A running standby's fresh copy, taken when its primary answers COPY_NEEDED (the primary
// pruned its log past this copy while it was away; the mechanics: ./fresh-copy.ts), what
// the organizer is told, and when it is tried again. The old copy stays when it fails.
// A stalled transfer is retried on a new connection at once (the connection is dropped and
// made again, without PRIMARY_LOST: the primary is there; COPY_STALLED from a second stall
// in a row). Any other failure (the primary refuses or fails the copy: its backup failed
// on a full disk, RATE_LIMITED, INTERNAL) is tried again after a delay that doubles from
// copyRetryFirstMs up to copyRetryMaxMs: every try costs the primary a full backup of the
// festival, and asking again at once looped as fast as the primary could answer. A new
// connection asks at once, and a copy installed or a new connection starts the delays over.
import { basename } from 'node:path';
import type { Socket } from 'socket.io-client';
import { formatPlain } from '../../../shared/number-format.js';
import type { Logger } from '../log.js';
import type { Venue } from '../services/venue.js';
import { CopyStalled, receiveCopy } from './copy-transfer.js';
import { keepAside, removeCopy, swapIn, writeBeside } from './fresh-copy.js';
import { keptCopies, pruneKeptCopies } from './kept-copies.js';
import { reasonIn } from './standby-errors.js';

/**
 * The wait before trying a failed (not stalled) fresh copy again, doubled after each
 * failure in a row. 2 s: a passing refusal (RATE_LIMITED, a busy moment) is retried before
 * anyone could act on the alarm, and the primary does at most one backup per 2 s instead
 * of one per round trip.
 */
export const copyRetryFirstMs = 2_000;

/**
 * The longest such wait. 60 s: a primary that fails every copy (a full disk) spends at most
 * one backup of the festival a minute, reached after five failures (about two minutes),
 * and once the organizer has freed the disk the standby follows again within a minute;
 * restarting the standby or a reconnection tries at once.
 */
export const copyRetryMaxMs = 60_000;

/** The retry delays (tests shorten them). */
export type CopyRetryMs = { first: number; max: number };

/** The wait before the next try after `failures` failed copies in a row (1 or more). */
export const copyRetryDelay = (
  failures: number,
  ms: CopyRetryMs = { first: copyRetryFirstMs, max: copyRetryMaxMs },
): number => Math.min(ms.max, ms.first * 2 ** Math.min(Math.max(failures - 1, 0), 30));

/**
 * When a standby tries again, in each language of its alarm: in `waitMs` (decimal comma in
 * Indonesian), or after it reconnects (null: not connected now; the connect handler asks).
 */
export const retryIn = (waitMs: number | null): [id: string, en: string] =>
  waitMs === null
    ? ['setelah tersambung ulang', 'after it reconnects']
    : [
        `dalam ${formatPlain(waitMs / 1000, 'id')} detik`,
        `in ${formatPlain(waitMs / 1000, 'en')} s`,
      ];

export type CopyRun = {
  venue: Venue;
  socket: Socket;
  dataDir: string;
  log: Logger;
  /** The wait for each part (copy-transfer.ts: copyIdleMs). */
  idleMs?: number;
  retryMs?: CopyRetryMs;
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
  /** Failed (not stalled) copies in a row: the retry delay grows with them. */
  let failures = 0;
  let retry: NodeJS.Timeout | null = null;
  const cancel = (): void => {
    if (retry) clearTimeout(retry);
    retry = null;
  };

  async function take(): Promise<void> {
    copying = true;
    cancel();
    venue.raiseAlarm(
      'COPY_NEEDED',
      `Laptop utama tidak lagi menyimpan perubahan sejak salinan ini: laptop cadangan mengambil salinan baru sendiri. / The primary no longer holds the changes since this copy: the standby is taking a fresh copy by itself.`,
    );
    let fresh: string | null = null;
    let failure: { err: unknown } | null = null;
    try {
      const copy = await receiveCopy(run.socket, run.idleMs);
      if (run.stopped()) return; // taken over meanwhile: this database is the primary's now
      fresh = writeBeside(run.dataDir, copy, venue.db);
      const aside = keepAside(venue.db, run.dataDir);
      swapIn(venue.db, fresh, (work) => venue.applyReplicated(work, true));
      run.installed();
      stalls = failures = 0;
      const removed = pruneKeptCopies(run.dataDir);
      log.info('standby took a fresh copy while running', { seq: copy.seq, aside, removed });
      const list = removed.join(', ');
      const [goneId, goneEn] = removed.length
        ? [
            ` Salinan lama yang dihapus (hanya ${keptCopies} terbaru disimpan): ${list}.`,
            ` Older copies removed (only the newest ${keptCopies} are kept): ${list}.`,
          ]
        : ['', ''];
      venue.raiseAlarm(
        'COPY_REFRESHED',
        `Laptop cadangan memasang salinan baru dari laptop utama (perubahan ${copy.seq}) dan mengikutinya lagi; salinan lama disimpan sebagai ${basename(aside)}.${goneId} / The standby installed a fresh copy from the primary (change ${copy.seq}) and follows it again; the old copy is kept as ${basename(aside)}.${goneEn}`,
      );
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
    if (!stalled) failures++;
    // Not connected: the connect handler asks at once when the connection is back.
    const waitMs = stalled || !run.connected() ? null : copyRetryDelay(failures, run.retryMs);
    log.error('the fresh copy failed: the old copy stays', {
      err: String(err),
      stalls,
      failures,
      retryInMs: waitMs,
    });
    if (run.stopped()) return;
    if (stalled) {
      // One stall is a Wi-Fi that went silent for a moment: retried at once, nothing for the
      // organizer to do. A stall again on the new connection is worth a look at the link.
      if (stalls >= 2)
        venue.raiseAlarm(
          'COPY_STALLED',
          `Salinan baru dari laptop utama macet ${stalls} kali berturut-turut (${(err as Error).message}); salinan lama tetap dipakai dan laptop cadangan terus mencoba. Periksa Wi-Fi antara kedua laptop. / The fresh copy from the primary stalled ${stalls} times in a row (${(err as Error).message}); the old copy stays and the standby keeps trying. Check the Wi-Fi between the laptops.`,
        );
      // A stalled link answers nothing more on this connection: retry on a new one now
      // rather than when the heartbeat gives up on it (the connect handler asks again).
      run.reconnect();
      return;
    }
    const [whenId, whenEn] = retryIn(waitMs);
    venue.raiseAlarm(
      'COPY_NEEDED',
      `Salinan baru gagal (${reasonIn(err, 'id')}); salinan lama tetap dipakai. Laptop cadangan mencoba lagi ${whenId}, atau mulai ulang laptop cadangan. / The fresh copy failed (${reasonIn(err, 'en')}); the old copy stays. The standby tries again ${whenEn}, or restart the standby.`,
    );
    if (waitMs !== null)
      retry = setTimeout(() => {
        retry = null;
        if (!copying && !run.stopped() && run.connected()) run.ask();
      }, waitMs);
  }

  return {
    /** A fresh copy is under way: changes are not applied, nothing else is asked. */
    get busy(): boolean {
      return copying;
    },
    take,
    /** A new connection (it asks at once): the delays start over. */
    reset(): void {
      cancel();
      failures = 0;
    },
    /** No retry pending: disconnected, stopped, or another ask supersedes it. */
    cancel,
  };
}
