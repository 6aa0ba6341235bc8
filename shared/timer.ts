// The server-timed presentation clock (7-minute presentation, then 13-minute Q&A by
// default). Pure: the server applies actions with its own clock; clients compute the
// remaining time from the snapshot's serverNow, so every screen agrees whatever the
// laptops' clocks say.
import type { PanelTimer } from './model.js';

export type TimerAction = 'start-presentation' | 'start-qa' | 'pause' | 'resume' | 'reset';

export function idleTimer(presentationSec: number): PanelTimer {
  return { segment: 'idle', runningSince: null, elapsedMs: 0, durationMs: presentationSec * 1000 };
}

export function applyTimer(
  t: PanelTimer,
  action: TimerAction,
  now: number,
  durations: { presentationSec: number; qaSec: number },
): PanelTimer {
  switch (action) {
    case 'start-presentation':
      return {
        segment: 'presentation',
        runningSince: now,
        elapsedMs: 0,
        durationMs: durations.presentationSec * 1000,
      };
    case 'start-qa':
      return { segment: 'qa', runningSince: now, elapsedMs: 0, durationMs: durations.qaSec * 1000 };
    case 'pause':
      return t.runningSince === null
        ? t
        : { ...t, runningSince: null, elapsedMs: t.elapsedMs + (now - t.runningSince) };
    case 'resume':
      return t.runningSince !== null || t.segment === 'idle' || t.segment === 'done'
        ? t
        : { ...t, runningSince: now };
    case 'reset':
      return idleTimer(durations.presentationSec);
  }
}

export function elapsedMs(t: PanelTimer, serverNow: number): number {
  return t.elapsedMs + (t.runningSince === null ? 0 : Math.max(0, serverNow - t.runningSince));
}

/** Remaining milliseconds; negative when overtime (shown as overtime, not hidden). */
export function remainingMs(t: PanelTimer, serverNow: number): number {
  return t.durationMs - elapsedMs(t, serverNow);
}

/** mm:ss, with a leading minus when overtime. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.ceil(Math.abs(ms) / 1000);
  return `${sign}${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
