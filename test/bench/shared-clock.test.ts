// The benchmark subtracts times taken in different processes (a juror's send, a screen's
// receipt): sharedNow must read a clock every process shares, not one each process fixes
// from the wall clock when it starts (performance.timeOrigin, which drifts apart between
// processes after the wall clock is corrected).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sharedNow } from '../../electron/server/sim/bench/stats.js';

describe('sharedNow', () => {
  it('reads the same clock as another process on this machine', () => {
    const before = sharedNow();
    const child =
      Number(
        execFileSync(
          process.execPath,
          ['-e', 'process.stdout.write(String(process.hrtime.bigint()))'],
          {
            encoding: 'utf8',
          },
        ),
      ) / 1e6;
    const after = sharedNow();
    expect(child).toBeGreaterThanOrEqual(before);
    expect(child).toBeLessThanOrEqual(after);
  });
});
