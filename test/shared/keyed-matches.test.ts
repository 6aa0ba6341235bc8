// The items of a keyed list that stay between two versions (keyed-matches.ts): the longest
// run of ids both lists share in order, checked against the textbook dynamic program, and
// the bound: past `maxEdits` only the common head and tail stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyedMatches } from '../../shared/contract/keyed-matches.js';

/** Length of the longest common subsequence, by the quadratic table. */
function lcsLength(a: number[], b: number[]): number {
  let next = new Array<number>(b.length + 1).fill(0);
  for (let i = a.length - 1; i >= 0; i--) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = b.length - 1; j >= 0; j--)
      row[j] = a[i] === b[j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
    next = row;
  }
  return next[0]!;
}

const matchesOf = (a: number[], b: number[], maxEdits: number) => {
  const out: Array<[number, number]> = [];
  keyedMatches(
    a.length,
    b.length,
    (i, j) => a[i] === b[j],
    maxEdits,
    (i, j) => out.push([i, j]),
  );
  return out;
};

/** Pairs name the same id, and both sides strictly increase. */
const valid = (a: number[], b: number[], pairs: Array<[number, number]>) => {
  pairs.forEach(([i, j], t) => {
    expect(a[i]).toBe(b[j]);
    if (t > 0) {
      expect(i).toBeGreaterThan(pairs[t - 1]![0]);
      expect(j).toBeGreaterThan(pairs[t - 1]![1]);
    }
  });
};

const ids = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 });

describe('keyed matches', () => {
  it('keeps the longest run of ids both lists share in order', () => {
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        const pairs = matchesOf(a, b, 1000);
        valid(a, b, pairs);
        expect(pairs.length).toBe(lcsLength(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('a row that moves is one removal and one addition: every other row stays', () => {
    const a = Array.from({ length: 60 }, (_, i) => i);
    const b = [...a.slice(0, 12), 47, ...a.slice(12, 47), ...a.slice(48)];
    const pairs = matchesOf(a, b, 64);
    valid(a, b, pairs);
    expect(pairs.length).toBe(a.length - 1);
    expect(pairs.some(([i]) => a[i] === 47)).toBe(false);
  });

  it('past maxEdits, only the common head and tail stay', () => {
    fc.assert(
      fc.property(ids, ids, fc.integer({ min: 0, max: 6 }), (a, b, maxEdits) => {
        const pairs = matchesOf(a, b, maxEdits);
        valid(a, b, pairs);
        const best = lcsLength(a, b);
        const edits = a.length + b.length - 2 * best;
        if (edits <= maxEdits) expect(pairs.length).toBe(best);
        else {
          let head = 0;
          while (head < pairs.length && pairs[head]![0] === head && pairs[head]![1] === head)
            head++;
          // Everything after the head is the tail: the last items of both lists, in step.
          pairs.slice(head).forEach(([i, j], t, tail) => {
            expect(a.length - i).toBe(tail.length - t);
            expect(b.length - j).toBe(tail.length - t);
          });
        }
      }),
      { numRuns: 3000 },
    );
  });
});
