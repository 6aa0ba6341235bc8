// The follower every desk client uses (view-follower.ts): full views, patches onto exactly
// the held view, one fetch per gap however many patches arrive while it is out, an older
// full view ignored, and the first full view after a reconnect taken whatever its number.
import { describe, expect, it } from 'vitest';
import { followView } from '../../shared/contract/view-follower.js';

type V = { n: number; text: string };
type P = { n: number; base: number; text: string };

function harness() {
  const shown: V[] = [];
  const fetches: Array<(v: V | null) => void> = [];
  const f = followView<V, P>({
    apply: (held, p) =>
      held && p.n <= held.n ? 'old' : !held || p.base !== held.n ? 'gap' : { n: p.n, text: p.text },
    newer: (held, next) => held === null || next.n >= held.n,
    fetch: () => new Promise((resolve) => fetches.push(resolve)),
    show: (v) => shown.push(v),
  });
  return { f, shown, fetches };
}

describe('view follower', () => {
  it('applies patches in order onto the held view and ignores old ones', () => {
    const { f, shown, fetches } = harness();
    f.full({ n: 1, text: 'a' });
    f.patch({ n: 2, base: 1, text: 'b' });
    f.patch({ n: 2, base: 1, text: 'stale copy' });
    f.patch({ n: 3, base: 2, text: 'c' });
    expect(shown.map((v) => v.text)).toEqual(['a', 'b', 'c']);
    expect(fetches).toHaveLength(0);
  });

  it('asks once per gap, however many patches arrive meanwhile, and goes on from the reply', async () => {
    const { f, shown, fetches } = harness();
    f.full({ n: 1, text: 'a' });
    f.patch({ n: 3, base: 2, text: 'missed 2' });
    f.patch({ n: 4, base: 3, text: 'still a gap' });
    expect(fetches).toHaveLength(1);
    fetches[0]?.({ n: 5, text: 'whole' });
    await expect.poll(() => f.held()?.n).toBe(5);
    f.patch({ n: 6, base: 5, text: 'after' });
    expect(shown.map((v) => v.text)).toEqual(['a', 'whole', 'after']);
    f.patch({ n: 8, base: 7, text: 'another gap' });
    expect(fetches).toHaveLength(2);
  });

  it('ignores an older full view, but takes any first one after a reconnect', () => {
    const { f } = harness();
    f.full({ n: 9, text: 'run 1' });
    f.full({ n: 4, text: 'late' });
    expect(f.held()?.text).toBe('run 1');
    f.connected(); // the server restarted: its views count from 1 again
    f.full({ n: 1, text: 'run 2' });
    expect(f.held()?.text).toBe('run 2');
  });
});
