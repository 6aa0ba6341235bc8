// The live desk's alarm list: the five newest alarms, newest first (the server keeps up to
// twenty, newest first; the desk once showed the five oldest).
import { describe, expect, it } from 'vitest';
import { newestAlarms } from '../../renderer/panitia/live/desk-data.js';

const alarm = (at: number) => ({ code: 'STORAGE' as const, message: `alarm ${at}`, at });

describe('the desk alarm list', () => {
  it('shows the five newest, newest first, from either order', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => alarm(1_000 + i));
    const expected = [1011, 1010, 1009, 1008, 1007];
    expect(newestAlarms(twelve).map((a) => a.at)).toEqual(expected);
    expect(newestAlarms([...twelve].reverse()).map((a) => a.at)).toEqual(expected);
    expect(newestAlarms(twelve.slice(0, 2)).map((a) => a.at)).toEqual([1001, 1000]);
  });
});
