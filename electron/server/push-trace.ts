// Where a juror's sheet spends its time in the server on its way to the screens, for the
// benchmark: each step is published on a diagnostics channel (node:diagnostics_channel)
// with the revision it concerns and the time (performance.now()). Nothing is built or sent
// when no one subscribes, which is always except under the benchmark's probe
// (sim/bench/server-probe.ts, summarized by sim/bench/push-path.ts).

import { channel } from 'node:diagnostics_channel';

export const pushTraceChannel = 'panggung:push-path';

/**
 * received: a sheet's save began (published once it committed, with its revision);
 * committed: its transaction is done; durable: every commit up to `revision` is on the disk
 * and the listeners (pushes) are told; fan-out: the screens' writes of the view at
 * `revision` begin; fanned: that fan-out's last write is done.
 */
export type PushStep = 'received' | 'committed' | 'durable' | 'fan-out' | 'fanned';

export type PushTrace = { step: PushStep; revision: number; at: number };

const trace = channel(pushTraceChannel);

export function tracePush(step: PushStep, revision: number, at = performance.now()): void {
  if (trace.hasSubscribers) trace.publish({ step, revision, at } satisfies PushTrace);
}
