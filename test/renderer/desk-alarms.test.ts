// The desk alarm box: the five newest alarms, newest first (the server keeps up to
// twenty, newest first; the desk once showed the five oldest).
import { describe, expect, it } from 'vitest';
import {
  alarmId,
  alarmView,
  alarmWhen,
  newestAlarms,
} from '../../renderer/panitia/live/desk-data.js';

const alarm = (at: number) => ({
  code: 'STORAGE',
  messages: { id: `peringatan ${at}`, en: `alarm ${at}` },
  at,
});

describe('the desk alarm list', () => {
  it('shows the five newest, newest first, from either order', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => alarm(1_000 + i));
    const expected = [1011, 1010, 1009, 1008, 1007];
    expect(newestAlarms(twelve).map((a) => a.at)).toEqual(expected);
    expect(newestAlarms([...twelve].reverse()).map((a) => a.at)).toEqual(expected);
    expect(newestAlarms(twelve.slice(0, 2)).map((a) => a.at)).toEqual([1001, 1000]);
  });

  it('shows the alarms not hidden, however their times fall, and counts the hidden', () => {
    const seven = Array.from({ length: 7 }, (_, i) => alarm(2_000 + i));
    expect(alarmView(seven, new Set())).toEqual({ shown: newestAlarms(seven), hidden: 0 });
    const hidden = new Set(seven.slice(3).map(alarmId));
    // A later alarm from a server whose clock is behind (a standby after a take-over).
    const later = alarm(1_500);
    const view = alarmView([...seven, later], hidden);
    expect(view.shown.map((a) => a.at)).toEqual([2002, 2001, 2000, 1500]);
    expect(view.hidden).toBe(4);
    expect(alarmView(seven, new Set(seven.map(alarmId)))).toEqual({ shown: [], hidden: 7 });
  });
});

describe('when an alarm was raised', () => {
  // Alarms outlive a restart: one from an earlier day says which day.
  const now = new Date(2026, 11, 3, 16, 30).getTime();
  it('is the time alone on the day it is read', () => {
    const at = new Date(2026, 11, 3, 10, 5, 9).getTime();
    expect(alarmWhen(at, now, 'id')).toBe('10.05.09');
    expect(alarmWhen(at, now, 'en')).toBe('10:05:09');
  });
  it('names the day when it is older', () => {
    const at = new Date(2026, 11, 2, 23, 59, 1).getTime();
    expect(alarmWhen(at, now, 'id')).toMatch(/^2 Des 2026.*23\.59\.01$/);
    expect(alarmWhen(at, now, 'en')).toMatch(/^2 Dec 2026.*23:59:01$/);
  });
});
