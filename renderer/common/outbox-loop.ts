// The one offline outbox loop, used by the juror pad (renderer/juri/sync.ts) and the
// people's-choice phone (renderer/publik/voting/vote-sync.ts). An item was kept on the device
// with its own id before this loop ever sees it; the loop sends the oldest waiting item,
// one at a time, and decides what the answer means:
// - stored (ok): the answer is recorded first, then the item leaves the outbox (a crash in
//   between resends an answered item, which the server answers `duplicate`: never lost);
// - no answer (transport failure: offline, timeout): the outcome is unknown, the item stays
//   as it is and the round stops; the same id goes again on the next round;
// - refused for good (the caller's final codes): the refusal is recorded (shown), then the
//   item leaves: sending it again cannot change the answer;
// - refused for now (rate limited, storage failed, internal): the attempt is counted on the
//   item, it stays first in line and the round stops, so nothing overtakes it.
// A round starts on every (re)connection and on a fixed retry tick (the caller's period):
// the socket's reconnection back-off decides when the line is back, the tick resends what
// a refusal-for-now kept. What is stored where, and what an answer shows, stays with each
// caller. Tested in test/renderer/outbox-loop.test.ts.
import type { ErrorEnvelope } from '../../shared/contract/errors.js';
import type { CallResult } from './socket-types.js';

export type OutboxSide<I extends { attempts: number }, R> = {
  /** The item to send next (the oldest waiting), or null when none may go now. */
  next(): I | null;
  idOf(item: I): string;
  /**
   * The sender of this round, bound to the connection that is online now, or null when
   * offline. Taken once per round: a reconnection mid-round does not carry the round over.
   */
  sender(): ((item: I) => Promise<CallResult<R>>) | null;
  /** Answers that will not change by sending again (the item leaves, the refusal shows). */
  isFinal(code: string): boolean;
  /** The server stored it: record the answer (receipt, settled draft). */
  acknowledged(item: I, reply: R): void;
  /** The server refused it for good: show it as the page does. */
  refused(item: I, error: ErrorEnvelope): void;
  /** Take the item out of the outbox, on the device and in the page's store. */
  remove(item: I): Promise<void> | void;
  /** Keep the item with its new attempt count, on the device and in the page's store. */
  update(item: I): Promise<void> | void;
};

export type OutboxLoop = {
  /**
   * One round: sends waiting items in order until the outbox is empty or one gets no
   * stored answer. Safe to call any time; a call while a round runs or while offline does
   * nothing and resolves false, a call that ran a round resolves true.
   */
  flush(): Promise<boolean>;
  /** The id of the item on the wire now (a queued item that must not be superseded). */
  inFlightId(): string | null;
  /** Starts the retry tick (a round every `ms`); returns its stop. */
  retryEvery(ms: number): () => void;
};

export function outboxLoop<I extends { attempts: number }, R>(side: OutboxSide<I, R>): OutboxLoop {
  let flushing = false;
  let inFlight: string | null = null;

  async function flush(): Promise<boolean> {
    if (flushing) return false;
    const send = side.sender();
    if (!send) return false;
    flushing = true;
    try {
      for (;;) {
        const item = side.next();
        if (!item) break;
        inFlight = side.idOf(item);
        const res = await send(item);
        inFlight = null;
        if (res.ok) {
          side.acknowledged(item, res.data);
          await side.remove(item);
        } else if ('transport' in res) {
          break; // no answer: the outcome is unknown, the same id goes again later
        } else if (side.isFinal(res.code)) {
          side.refused(item, res);
          await side.remove(item);
        } else {
          await side.update({ ...item, attempts: item.attempts + 1 });
          break; // refused for now: the retry tick sends it again, still first in line
        }
      }
    } finally {
      flushing = false;
      inFlight = null;
    }
    return true;
  }

  return {
    flush,
    inFlightId: () => inFlight,
    retryEvery(ms) {
      const timer = setInterval(() => void flush(), ms);
      return () => clearInterval(timer);
    },
  };
}
