// The pushes' one lane: every piece of push work (building the screens' view, one slice of
// the screens' fan-out, a juror's pad, the desk's view) runs in its own event-loop turn,
// in the order it was queued. Between two pieces the event loop reads the sockets, so a
// juror's sheet arriving during a push is read, committed and acknowledged after at most
// one piece, never after a whole chain of them; and because the lane is first in, first
// out, the screens' slices queued by one commit all go out before the pads' and the
// desk's pushes queued after them.

export type Turns = {
  /** Runs `work` in a later event-loop turn, after everything queued before it. */
  queue(work: () => void): void;
  /** Pieces queued and not yet run. */
  readonly pending: number;
  /** Drops what is queued (server stop). */
  clear(): void;
};

export function createTurns(onError: (err: unknown) => void): Turns {
  const lane: Array<() => void> = [];
  let scheduled = false;
  const step = () => {
    scheduled = false;
    const work = lane.shift();
    if (lane.length > 0) {
      scheduled = true;
      setImmediate(step);
    }
    try {
      work?.();
    } catch (err) {
      onError(err);
    }
  };
  return {
    queue(work) {
      lane.push(work);
      if (!scheduled) {
        scheduled = true;
        setImmediate(step);
      }
    },
    get pending() {
      return lane.length;
    },
    clear() {
      lane.length = 0;
    },
  };
}
