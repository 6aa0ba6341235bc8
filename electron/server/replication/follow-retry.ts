// A running standby's `replica:follow` refused by its primary for any reason but
// COPY_NEEDED (BAD_INPUT, RATE_LIMITED, INTERNAL: a bug or a storage error there). The
// standby stays connected and follows nothing, and its status would still say it is in
// step: the organizer would count on a standby that has none of the new scores. So the
// alarm FOLLOW_REFUSED says so (the primary's code and reason in each language) and the
// follow is asked again after the growing delay of a refused fresh copy (running-copy.ts:
// copyRetryDelay, one schedule), never at once: asking at once loops as fast as the
// primary can refuse. A follow accepted or a new connection starts the delays over.
import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import type { Logger } from '../log.js';
import type { Venue } from '../services/venue.js';
import { copyRetryDelay, retryIn, type CopyRetryMs } from './running-copy.js';
import { standbyText } from './standby-errors.js';

export type FollowRetryRun = {
  venue: Venue;
  log: Logger;
  retryMs?: CopyRetryMs;
  connected: () => boolean;
  /** Connected, not stopped, no follow pending and no fresh copy under way. */
  mayAsk: () => boolean;
  /** Asks the primary to follow again (replica:follow). */
  ask: () => void;
};

export function followRetry(run: FollowRetryRun) {
  /** Refused follows in a row: the delay grows with them. */
  let refusals = 0;
  let timer: NodeJS.Timeout | null = null;
  const cancel = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  function refused(res: ErrorEnvelope): void {
    cancel();
    refusals++;
    // Not connected: the connect handler asks at once when the connection is back.
    const waitMs = run.connected() ? copyRetryDelay(refusals, run.retryMs) : null;
    run.log.error('the primary refused to follow: this standby receives no changes', {
      code: res.code,
      details: res.details,
      refusals,
      retryInMs: waitMs,
    });
    const [whenId, whenEn] = retryIn(waitMs);
    run.venue.raiseAlarm(
      'FOLLOW_REFUSED',
      `Laptop utama menolak mengirim perubahan ke laptop cadangan (${standbyText(res, 'id')}); laptop cadangan TIDAK mengikuti dan tertinggal. Laptop cadangan mencoba lagi ${whenId}; bila terus berulang, mulai ulang laptop cadangan atau laptop utama. / The primary refused to send its changes to the standby (${standbyText(res, 'en')}); the standby is NOT following and falls behind. The standby tries again ${whenEn}; if this keeps happening, restart the standby or the primary.`,
    );
    if (waitMs !== null)
      timer = setTimeout(() => {
        timer = null;
        // A follow pending answers for itself (refused: a new wait); a copy under way asks
        // when it ends; a new connection asks at once: none of them needs a second ask.
        if (run.mayAsk()) run.ask();
      }, waitMs);
  }

  return {
    refused,
    /** The primary accepted the follow, or a new connection (it asks at once): start over. */
    reset(): void {
      cancel();
      refusals = 0;
    },
    /** No retry pending: disconnected, stopped, or another ask supersedes it. */
    cancel,
  };
}
