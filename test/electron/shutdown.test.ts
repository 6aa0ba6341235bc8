import { describe, expect, it } from 'vitest';
import { createShutdown } from '../../electron/main/shutdown.js';

const quietLog = { info: () => undefined, error: () => undefined };
const quitEvent = () => {
  const e = { prevented: false, preventDefault: () => void (e.prevented = true) };
  return e;
};

describe('createShutdown', () => {
  it('holds the quit, closes, then exits once', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const s = createShutdown({
      close: () => new Promise<void>((r) => (release = () => (order.push('closed'), r()))),
      exit: (code) => void order.push(`exit ${code}`),
      log: quietLog,
    });
    const first = quitEvent();
    s.onBeforeQuit(first);
    const second = quitEvent();
    s.onBeforeQuit(second);
    expect([first.prevented, second.prevented]).toEqual([true, true]);
    expect(s.state()).toBe('closing');
    expect(order).toEqual([]);
    release();
    await s.done;
    expect(order).toEqual(['closed', 'exit 0']);
    const late = quitEvent();
    s.onBeforeQuit(late);
    expect(late.prevented).toBe(false);
  });

  it('still exits (code 1) when closing fails', async () => {
    const codes: number[] = [];
    const s = createShutdown({
      close: async () => Promise.reject(new Error('busy')),
      exit: (c) => void codes.push(c),
      log: quietLog,
    });
    s.onBeforeQuit(quitEvent());
    await s.done;
    expect(codes).toEqual([1]);
  });

  it('does not wait forever on a stuck close', async () => {
    const codes: number[] = [];
    const s = createShutdown({
      close: () => new Promise<void>(() => undefined),
      exit: (c) => void codes.push(c),
      log: quietLog,
      timeoutMs: 20,
    });
    s.onBeforeQuit(quitEvent());
    await s.done;
    expect(codes).toEqual([1]);
  });
});
