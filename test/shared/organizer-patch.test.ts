// The desk's patch is sent only when shorter than the whole view, weighed with the length
// the diff counted as it was made (organizer-patch.ts), never by writing it out: the
// decision is checked here against what JSON.stringify writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff, type Json } from '../../shared/contract/json-diff.js';
import { applyOrganizerPatch, organizerPatch } from '../../shared/contract/organizer-patch.js';
import type { OrganizerWire } from '../../shared/contract/organizer-wire.js';

const row = fc.record({
  entryId: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6'),
  rank: fc.option(fc.integer({ min: 1, max: 6 })),
  note: fc.string({ maxLength: 12 }),
});
const view = fc
  .record({
    view: fc.nat({ max: 100_000 }),
    festival: fc.record({ name: fc.string({ maxLength: 8 }) }),
    entries: fc.uniqueArray(row, { selector: (r) => r.entryId, maxLength: 6 }),
    progress: fc.dictionary(fc.constantFrom('e1', 'e2', 'e3'), fc.integer({ min: 0, max: 9 })),
    standings: fc.constant({}),
  })
  .map((v) => v as unknown as OrganizerWire);

describe('organizer patch', () => {
  it('is a patch exactly when it is shorter on the wire than the whole view', () => {
    fc.assert(
      fc.property(view, view, (prev, next) => {
        const patch = organizerPatch(prev, next);
        const d = diff(prev as unknown as Json, next as unknown as Json, ['entryId']) ?? {};
        const whole = JSON.stringify(next).length;
        if ('put' in d || 'key' in d) {
          expect(patch).toBeNull();
          return;
        }
        const wire = JSON.stringify({ view: next.view, base: prev.view, diff: d }).length;
        expect(patch !== null).toBe(wire < whole);
        if (patch && next.view > prev.view) expect(applyOrganizerPatch(prev, patch)).toEqual(next);
      }),
      { numRuns: 2000 },
    );
  });

  it('at the boundary: one character decides, as JSON.stringify counts it', () => {
    let flips = 0;
    let before: boolean | null = null;
    for (let pad = 0; pad < 60; pad++) {
      // The same field changes; an unchanged one grows, so the whole view passes the patch.
      const prev = { view: 1, title: 'a'.repeat(30), keep: 'k'.repeat(pad) };
      const next = { view: 2, title: 'b'.repeat(30), keep: 'k'.repeat(pad) };
      const patch = organizerPatch(
        prev as unknown as OrganizerWire,
        next as unknown as OrganizerWire,
      );
      const d = diff(prev, next)!;
      const wire = JSON.stringify({ view: 2, base: 1, diff: d }).length;
      expect(patch !== null, `pad ${pad}`).toBe(wire < JSON.stringify(next).length);
      if (before !== null && before !== (patch !== null)) flips += 1;
      before = patch !== null;
    }
    expect(flips).toBe(1);
  });
});
