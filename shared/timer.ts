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

/** Languages the clock's words exist in (the app's two). */
export type ClockLanguage = 'id' | 'en';

const overtimeWords: Record<ClockLanguage, string> = { id: 'lewat waktu', en: 'overtime' };

/**
 * The one way every clock shows the time (juror pad, desk, projector, phone, overlay):
 * "6:59" while time is left, "+0:05 lewat waktu" / "+0:05 overtime" once it is up. Time left
 * rounds up (the presenter still has that second); overtime counts whole seconds past zero.
 */
export type ClockFace = {
  overtime: boolean;
  /** "6:59", or "+0:05" when overtime. */
  digits: string;
  /** "" while time is left, else "lewat waktu" / "overtime". */
  words: string;
  /** digits and words together: what a reader hears. */
  text: string;
};

export function clockFace(remaining: number, lang: ClockLanguage): ClockFace {
  const overtime = remaining < 0;
  const totalSec = overtime ? Math.floor(-remaining / 1000) : Math.ceil(remaining / 1000);
  const mmss = `${Math.floor(totalSec / 60)}:${String(totalSec % 60).padStart(2, '0')}`;
  const digits = overtime ? `+${mmss}` : mmss;
  const words = overtime ? overtimeWords[lang] : '';
  return { overtime, digits, words, text: overtime ? `${digits} ${words}` : digits };
}

/** Reset and restart throw away the time of a segment under way. */
export function discardsTime(t: PanelTimer, action: TimerAction): boolean {
  const underWay = t.segment === 'presentation' || t.segment === 'qa';
  if (action === 'reset' || action === 'start-presentation') return underWay;
  if (action === 'start-qa') return t.segment === 'qa';
  return false;
}

/** The clock of a locked entry: stopped where it was, nothing left to time. */
export function stopTimer(t: PanelTimer, now: number): PanelTimer {
  if (t.segment !== 'presentation' && t.segment !== 'qa') return t;
  return { ...applyTimer(t, 'pause', now, { presentationSec: 0, qaSec: 0 }), segment: 'done' };
}
