// The desk's wire form (organizer-wire.ts): a category's standings travel as places in the
// overall rows, and come back exactly as the engine ranked them; a patch between wire forms
// carries each moved juror total once; a desk keeps the rows of a stage that did not move.
import { describe, expect, it } from 'vitest';
import { applyOrganizerPatch, organizerPatch } from '../../shared/contract/organizer-patch.js';
import {
  hydrateOrganizer,
  toOrganizerWire,
  type OrganizerWire,
} from '../../shared/contract/organizer-wire.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { buildBenchFixture } from '../../shared/scoring/bench-fixture.js';
import { computeStandings } from '../../shared/scoring/index.js';
import type { Standings } from '../../shared/scoring/types.js';

/** Two stages (mean and z-score) of 24 entries in four categories; most sheets in. */
function stages(extra = 0) {
  const made = (aggregation: 'mean' | 'zscore', seed: number) => {
    const fx = buildBenchFixture({ entries: 24, jurors: 8, criteria: 5, seed, aggregation });
    // Leave the last entries unscored, so some rows rank null; add `extra` late sheets.
    const sheets = fx.input.sheets.filter((s) => Number(s.entryId.slice(1)) < 20);
    for (let k = 0; k < extra; k++) sheets.push(fx.newVersion(k % 8, 20 + (k % 4)));
    return computeStandings({ ...fx.input, sheets });
  };
  return { mean: made('mean', 7), z: made('zscore', 11) };
}

function view(n: number, standings: Record<string, Standings>): OrganizerSnapshot {
  return { view: n, festival: { name: 'F' }, standings } as unknown as OrganizerSnapshot;
}

const wire = (v: OrganizerSnapshot) =>
  JSON.parse(JSON.stringify(toOrganizerWire(v))) as OrganizerWire;

describe('organizer wire form', () => {
  it('hydrates back to exactly the standings the engine ranked', () => {
    const s = stages(3);
    const v = view(1, { a: s.mean, b: s.z });
    const back = hydrateOrganizer(wire(v));
    expect(back).toEqual(JSON.parse(JSON.stringify(v)));
    // Category ranks differ from overall ranks: the places carry their own.
    const cat = back.standings.b!.byCategory.k1!;
    expect(cat.map((r) => r.rank).filter((r) => r !== null)).toEqual(
      cat.filter((r) => r.rank !== null).map((_, i) => i + 1),
    );
  });

  it('sends every result once: a category place is four fields', () => {
    const v = view(1, { b: stages().z });
    const w = wire(v);
    for (const places of Object.values(w.standings.b!.byCategory))
      for (const p of places)
        expect(Object.keys(p).sort()).toEqual(['decidedBy', 'entryId', 'rank', 'tied']);
    expect(JSON.stringify(w).length).toBeLessThan(0.6 * JSON.stringify(v).length);
  });

  it('under z-scores, a patch carries each moved juror total once', () => {
    const before = stages(0);
    const after = stages(1); // one late sheet: every adjusted total in the pool moves
    const prevFull = view(1, { b: before.z });
    const nextFull = view(2, { b: after.z });
    const patch = organizerPatch(wire(prevFull), wire(nextFull));
    expect(patch).not.toBeNull();
    const wholeForm = organizerPatch(
      prevFull as unknown as OrganizerWire,
      nextFull as unknown as OrganizerWire,
    );
    // The same change diffed in the full form (rows twice) is about twice as long.
    expect(JSON.stringify(patch).length).toBeLessThan(0.6 * JSON.stringify(wholeForm).length);
    const got = applyOrganizerPatch(wire(prevFull), patch!);
    expect(got).not.toBe('gap');
    expect(hydrateOrganizer(got as OrganizerWire)).toEqual(JSON.parse(JSON.stringify(nextFull)));
  });

  it("keeps a stage's hydrated rows when a patch did not touch it", () => {
    const before = stages(0);
    const after = stages(1);
    const held = wire(view(1, { a: before.mean, b: before.z }));
    const shown = hydrateOrganizer(held);
    const patch = organizerPatch(held, wire(view(2, { a: before.mean, b: after.z })))!;
    const next = applyOrganizerPatch(held, patch) as OrganizerWire;
    const again = hydrateOrganizer(next);
    expect(again.standings.a).toBe(shown.standings.a);
    expect(again.standings.b).not.toBe(shown.standings.b);
  });

  it('a patch leaving a place without its row is a gap, not a desk missing an entry', () => {
    const held = wire(view(1, { b: stages().z }));
    const [gone] = held.standings.b!.overall;
    const broken = {
      view: 2,
      base: 1,
      diff: {
        sub: {
          standings: {
            sub: { b: { sub: { overall: { key: 'entryId', edits: [{ at: 0, del: 1 }] } } } },
          },
        },
      },
    };
    expect(gone).toBeDefined();
    expect(
      applyOrganizerPatch(held, broken as unknown as Parameters<typeof applyOrganizerPatch>[1]),
    ).toBe('gap');
    // The same edit applied to a view whose places do not name that entry is accepted.
    const places = held.standings.b!.byCategory;
    const without: OrganizerWire = {
      ...held,
      standings: {
        b: {
          ...held.standings.b!,
          byCategory: Object.fromEntries(
            Object.entries(places).map(([k, ps]) => [
              k,
              ps.filter((p) => p.entryId !== gone!.entryId),
            ]),
          ),
        },
      },
    };
    expect(applyOrganizerPatch(without as unknown as OrganizerWire, broken as never)).not.toBe(
      'gap',
    );
  });
});
