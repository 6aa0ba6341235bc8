// Server-timed clocks. The presentation timer runs on the server's clock; a pad only knows
// the offset between its own clock and the server's, measured on each snapshot. A laptop
// whose clock is minutes off still shows the right countdown.
import type { PanelTimer } from '../../shared/model.js';

/** Offset to add to Date.now() to estimate the server clock. */
export function clockOffset(serverNow: number, localNow: number): number {
  return serverNow - localNow;
}

export type TimerView = {
  segment: PanelTimer['segment'];
  running: boolean;
  /** Milliseconds left in the segment; negative when overtime. */
  remainingMs: number;
  elapsedMs: number;
  durationMs: number;
};

export function timerView(timer: PanelTimer, serverNowEstimate: number): TimerView {
  const runningFor =
    timer.runningSince === null ? 0 : Math.max(0, serverNowEstimate - timer.runningSince);
  const elapsedMs = timer.elapsedMs + runningFor;
  return {
    segment: timer.segment,
    running: timer.runningSince !== null,
    remainingMs: timer.durationMs - elapsedMs,
    elapsedMs,
    durationMs: timer.durationMs,
  };
}
