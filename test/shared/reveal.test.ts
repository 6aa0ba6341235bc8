// The reveal's steps over rank groups (shared/reveal.ts): ties revealed together, no empty
// places, never a row above the revealed place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextRevealPlace,
  previousRevealPlace,
  revealComplete,
  revealGroups,
  revealedRows,
} from '../../shared/reveal.js';

const rows = (...ranks: Array<number | null>) => ranks.map((rank, i) => ({ rank, id: i }));

describe('reveal steps', () => {
  it('ranks 1, 1, 3: place 3 then the tied place 1, no place 2', () => {
    const r = rows(1, 1, 3, 4, null);
    expect(revealGroups(r, 3)).toEqual([3, 1]);
    expect(nextRevealPlace(r, 3, null)).toBe(3);
    expect(nextRevealPlace(r, 3, 3)).toBe(1);
    expect(nextRevealPlace(r, 3, 1)).toBe(1);
    expect(previousRevealPlace(r, 3, 1)).toBe(3);
    expect(previousRevealPlace(r, 3, 3)).toBeNull();
    expect(revealedRows(r, 3, 1).map((x) => x.id)).toEqual([0, 1, 2]);
    expect(revealComplete(r, 3, 1)).toBe(true);
    expect(revealComplete(r, 3, 3)).toBe(false);
  });
  it('a tie across the last place is revealed whole (ranks 1, 2, 2 with two places)', () => {
    const r = rows(1, 2, 2, 4);
    expect(revealGroups(r, 2)).toEqual([2, 1]);
    expect(revealedRows(r, 2, 2).map((x) => x.id)).toEqual([1, 2]);
  });
  it('fewer ranked entries than places: starts at the lowest existing place', () => {
    expect(nextRevealPlace(rows(1, 2, null), 5, null)).toBe(2);
    expect(nextRevealPlace(rows(null), 3, null)).toBeNull();
  });
  it('walking forward visits every group once, each step only adds rows at the new place', () => {
    const ranking = fc
      .array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 12 })
      .map((gaps) => {
        // Competition ranking from group sizes: 1, 1, 3, 4, 4, 4, 7 ...
        const out: number[] = [];
        let rank = 1;
        for (const g of gaps) {
          const size = g + 1;
          for (let i = 0; i < size; i++) out.push(rank);
          rank += size;
        }
        return out;
      });
    fc.assert(
      fc.property(ranking, fc.integer({ min: 1, max: 20 }), (ranks, places) => {
        const r = rows(...ranks);
        const visited: number[] = [];
        let at: number | null = null;
        let before = 0;
        for (let i = 0; i < 50 && !revealComplete(r, places, at); i++) {
          at = nextRevealPlace(r, places, at);
          visited.push(at!);
          const shown = revealedRows(r, places, at);
          expect(shown.every((x) => x.rank! >= at!)).toBe(true);
          // Exactly the new group was added, and it is non-empty.
          expect(shown.length - before).toBe(ranks.filter((k) => k === at).length);
          expect(shown.length).toBeGreaterThan(before);
          before = shown.length;
        }
        expect(visited).toEqual(revealGroups(r, places));
      }),
    );
  });
});
