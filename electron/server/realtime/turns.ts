// The pushes' one lane: every piece of push work (one slice of the screens' fan-out, a
// juror's pad, a piece of the desk's view) runs in its own event-loop turn. Between two
// pieces the event loop reads the sockets, so a juror's sheet arriving during a push is
// read, committed and acknowledged after at most one piece, never after a whole chain of
// them. The lane has two queues, each first in, first out: the screens' pieces run before
// any other piece waiting (the audience's view is the one with a latency target, and its
// slices are short), so a commit's slices never wait behind the pads' and the desk's
// pieces queued earlier; and the screens' slices queued by one commit all go out before
// the pads' and the desk's pushes queued after them.

export type Turns = {
  /** Runs `work` in a later event-loop turn, after everything queued before it. */
  queue(work: () => void): void;
  /**
   * Runs `work` in a later event-loop turn, before every piece waiting from `queue` and
   * after the ones `queueFirst` queued before it (the screens' fan-out).
   */
  queueFirst(work: () => void): void;
  /** Pieces queued and not yet run. */
  readonly pending: number;
  /** Drops what is queued (server stop). */
  clear(): void;
};

export function createTurns(onError: (err: unknown) => void): Turns {
  const first: Array<() => void> = [];
  const rest: Array<() => void> = [];
  let scheduled = false;
  const wake = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(step);
  };
  const step = () => {
    scheduled = false;
    const work = first.shift() ?? rest.shift();
    if (first.length + rest.length > 0) wake();
    try {
      work?.();
    } catch (err) {
      onError(err);
    }
  };
  return {
    queue(work) {
      rest.push(work);
      wake();
    },
    queueFirst(work) {
      first.push(work);
      wake();
    },
    get pending() {
      return first.length + rest.length;
    },
    clear() {
      first.length = 0;
      rest.length = 0;
    },
  };
}
