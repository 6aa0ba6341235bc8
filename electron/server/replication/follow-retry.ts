// When a running standby tries again to follow its primary after a failure that asking at
// once would only repeat: a fresh copy the primary refused or failed (running-copy.ts:
// every try costs the primary a full backup of the festival; asking at once looped as fast
// as the primary could answer), or a `replica:follow` refused for any reason but
// COPY_NEEDED (BAD_INPUT, RATE_LIMITED, INTERNAL: a bug or a storage error there). One
// schedule and one timer for both: a wait that doubles from copyRetryFirstMs up to
// copyRetryMaxMs with the failures in a row, started over once the standby follows again
// (a copy installed, a follow accepted) or connects anew (the connect handler asks at once).
//
// A refused follow is also said (alarm FOLLOW_REFUSED, the primary's code and reason in
// each language): the standby stays connected and follows nothing, and its status would
// otherwise say it is in step: the organizer would count on a standby that has none of the
// new scores.
import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import { formatPlain } from '../../../shared/number-format.js';
import type { Logger } from '../log.js';
import type { Venue } from '../services/venue.js';
import { standbyText } from './standby-errors.js';

/**
 * The first wait, doubled after each failure in a row. 2 s: a passing refusal
 * (RATE_LIMITED, a busy moment) is retried before anyone could act on the alarm, and the
 * primary does at most one backup per 2 s instead of one per round trip.
 */
export const copyRetryFirstMs = 2_000;

/**
 * The longest wait. 60 s: a primary that fails every copy (a full disk) spends at most one
 * backup of the festival a minute, reached after five failures (about two minutes), and
 * once the organizer has freed the disk the standby follows again within a minute;
 * restarting the standby or a reconnection tries at once.
 */
export const copyRetryMaxMs = 60_000;

/** The retry waits (tests shorten them). */
export type CopyRetryMs = { first: number; max: number };

/** The wait before the next try after `failures` failures in a row (1 or more). */
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

/** The standby's one pending try to follow again. */
export type FollowRetry = ReturnType<typeof createFollowRetry>;

/**
 * `tryAgain` runs when a wait ends (it checks for itself whether asking is still right:
 * connected, not stopped, nothing under way).
 */
export function createFollowRetry(tryAgain: () => void, ms?: CopyRetryMs) {
  let failures = 0;
  let timer: NodeJS.Timeout | null = null;
  const cancel = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    /** One more failure in a row: the wait before the next try (not started: `after`). */
    failed(): number {
      failures++;
      return copyRetryDelay(failures, ms);
    },
    /** Tries again in `waitMs`; a try already waiting is replaced, never added to. */
    after(waitMs: number): void {
      cancel();
      timer = setTimeout(() => {
        timer = null;
        tryAgain();
      }, waitMs);
    },
    /** Following again, or a new connection (it asks at once): the waits start over. */
    reset(): void {
      cancel();
      failures = 0;
    },
    /** No try waiting: disconnected, stopped, or an ask made meanwhile supersedes it. */
    cancel,
  };
}

/**
 * The primary refused `replica:follow` (not COPY_NEEDED): the alarm, and the next try after
 * the growing wait (or at the reconnection, when not connected).
 */
export function followRefused(
  res: ErrorEnvelope,
  o: { venue: Venue; log: Logger; retry: FollowRetry; connected: boolean },
): void {
  const delay = o.retry.failed();
  const waitMs = o.connected ? delay : null;
  o.log.error('the primary refused to follow: this standby receives no changes', {
    code: res.code,
    details: res.details,
    retryInMs: waitMs,
  });
  const [whenId, whenEn] = retryIn(waitMs);
  o.venue.raiseAlarm('FOLLOW_REFUSED', {
    id: `Laptop utama menolak mengirim perubahan ke laptop cadangan (${standbyText(res, 'id')}); laptop cadangan TIDAK mengikuti dan tertinggal. Laptop cadangan mencoba lagi ${whenId}; bila terus berulang, mulai ulang laptop cadangan atau laptop utama.`,
    en: `The primary refused to send its changes to the standby (${standbyText(res, 'en')}); the standby is NOT following and falls behind. The standby tries again ${whenEn}; if this keeps happening, restart the standby or the primary.`,
  });
  if (waitMs !== null) o.retry.after(waitMs);
}
