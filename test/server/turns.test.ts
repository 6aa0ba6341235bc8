// The pushes' lane (turns.ts): pieces run first in, first out, one per event-loop turn, and
// a piece that throws is reported without stopping the ones after it.
import { describe, expect, it } from 'vitest';
import { createTurns } from '../../electron/server/realtime/turns.js';

describe('the pushes lane', () => {
  it('runs one piece per event-loop turn, in order, past a piece that throws', async () => {
    const errors: unknown[] = [];
    const turns = createTurns((err) => errors.push(err));
    const log: string[] = [];
    // An immediate queued now runs in the next turn, like an incoming sheet's callback: it
    // must come between the first piece and the second, not after all of them.
    turns.queue(() => {
      log.push('a');
      turns.queue(() => log.push('queued by a'));
    });
    turns.queue(() => {
      throw new Error('b failed');
    });
    turns.queue(() => log.push('c'));
    setImmediate(() => {
      log.push('other 1');
      setImmediate(() => log.push('other 2'));
    });
    await expect.poll(() => turns.pending === 0 && log.includes('queued by a')).toBe(true);
    expect(log).toEqual(['a', 'other 1', 'other 2', 'c', 'queued by a']);
    expect(errors).toHaveLength(1);
  });
});
