// How a standby receives its primary's full copy: `replica:copy` makes it and says its
// size, then `replica:copy-part` brings it part by part (copyPartBytes each), one at a time.
// No overall deadline: a large festival on a slow Wi-Fi takes as long as it takes, as long
// as it moves. What is bounded is the wait for the next part: when none arrives within the
// idle bound the link is taken as stalled (a Wi-Fi gone silent keeps the connection open
// with nothing flowing) and the transfer fails at once, so the caller retries on a new
// connection instead of waiting for a deadline sized for the whole database.
import type { Socket } from 'socket.io-client';
import { fail, type Result } from '../../../shared/contract/errors.js';
import {
  copyPartBytes,
  type ReplicaCopy,
  type ReplicaCopyHead,
} from '../../../shared/contract/replica.js';
import { StandbyFailed, StandbyRefused } from './standby-errors.js';

/**
 * The longest wait for the next part of the copy (and for the primary to make it). A part
 * is 64 KiB: only a link moving less than about 6 KB/s for 10 s in a row is given up on,
 * and a Wi-Fi that slow could not carry the festival's acknowledgements anyway. 10 s is
 * also when the connection's own heartbeat (5 s ping + 5 s pong) drops a silent link, so
 * whichever notices first, a stall is known within about 10 s instead of minutes.
 */
export const copyIdleMs = 10_000;

/**
 * How many times a starting standby takes its copy when the transfer stalls, before its
 * start fails. A stall is most often the Wi-Fi going silent for a moment, and a new
 * connection usually flows again (a running standby retries on every reconnection); at
 * start nothing else retries, so one stall used to fail the start. Three tries bound the
 * wait to about three idle bounds (30 s) before the organizer is told to check the link.
 */
export const startCopyTries = 3;

/** A stalled transfer: no part within the idle bound. */
export class CopyStalled extends Error {}

function ask<T>(socket: Socket, name: string, payload: object, idleMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    socket.timeout(idleMs).emit(name, payload, (err: Error | null, res: Result<T>) => {
      if (err)
        reject(
          socket.connected
            ? new CopyStalled(`no part of the copy arrived for ${idleMs / 1000} s`)
            : err,
        );
      else if (res.ok) resolve(res.data);
      else reject(new StandbyRefused(res)); // the primary's code, in both languages
    }),
  );
}

/** The primary's full copy over `socket` (connected to '/replica'), part by part. */
export async function receiveCopy(socket: Socket, idleMs = copyIdleMs): Promise<ReplicaCopy> {
  const head = await ask<ReplicaCopyHead>(socket, 'replica:copy', {}, idleMs);
  const image = Buffer.alloc(head.bytes);
  let got = 0;
  while (got < head.bytes) {
    const { data } = await ask<{ data: Uint8Array }>(
      socket,
      'replica:copy-part',
      { offset: got },
      idleMs,
    );
    if (
      data.byteLength === 0 ||
      data.byteLength > copyPartBytes ||
      got + data.byteLength > head.bytes
    )
      throw new StandbyFailed(
        fail('COPY_DAMAGED', [`a part of ${data.byteLength} bytes at ${got} of ${head.bytes}`]),
        'the copy from the primary is damaged',
      );
    image.set(data, got);
    got += data.byteLength;
  }
  return { image, seq: head.seq, epoch: head.epoch };
}
