// What travels to organizer desks: the OrganizerSnapshot with each stage's category
// standings sent as places (entry, rank, tie) instead of whole rows. A category's row is
// the overall row of the same entry with the category's rank (the engine ranks one set of
// results twice: shared/scoring/standings.ts), so on the wire every entry's result, with
// its juror totals, goes once. Under z-scores one sheet moves every juror's adjusted total
// of every scored entry; sent twice, that was half of every desk patch. Desks hydrate the
// view back (followOrganizer does it), sharing the rows of stages that did not change.
import type { Id } from '../model.js';
import type { RankedRow, Standings } from '../scoring/types.js';
import type { OrganizerSnapshot } from './views.js';

/** An entry's place in its category: the rest of its row is the overall row's. */
export type CategoryPlace = Pick<RankedRow, 'entryId' | 'rank' | 'tied' | 'decidedBy'>;

export type WireStandings = Omit<Standings, 'byCategory'> & {
  byCategory: Record<Id, CategoryPlace[]>;
};

export type OrganizerWire = Omit<OrganizerSnapshot, 'standings'> & {
  standings: Record<Id, WireStandings>;
};

function mapValues<A, B>(o: Record<Id, A>, f: (a: A) => B): Record<Id, B> {
  const out: Record<Id, B> = {};
  for (const [k, v] of Object.entries(o)) out[k] = f(v);
  return out;
}

export function toOrganizerWire(view: OrganizerSnapshot): OrganizerWire {
  const place = ({ entryId, rank, tied, decidedBy }: RankedRow): CategoryPlace => ({
    entryId,
    rank,
    tied,
    decidedBy,
  });
  return {
    ...view,
    standings: mapValues(view.standings, (s) => ({
      ...s,
      byCategory: mapValues(s.byCategory, (rows) => rows.map(place)),
    })),
  };
}

type Hydrated = { standings: Standings; whole: boolean };

/** One stage's standings in full; `whole` false when a place names an entry overall lacks. */
function hydrateStandings(s: WireStandings): Hydrated {
  const rows = new Map(s.overall.map((r) => [r.entryId, r]));
  let whole = true;
  const byCategory = mapValues(s.byCategory, (places) =>
    places.flatMap(({ entryId, rank, tied, decidedBy }): RankedRow[] => {
      const row = rows.get(entryId);
      if (!row) whole = false;
      return row ? [{ ...row, rank, tied, decidedBy }] : [];
    }),
  );
  return { standings: { ...s, byCategory }, whole };
}

// A patched view keeps the objects of the stages it did not change (json-diff.ts), so
// their hydrated standings are reused: a desk re-renders only what moved.
const hydrated = new WeakMap<WireStandings, Hydrated>();

function standingsOf(s: WireStandings): Hydrated {
  let h = hydrated.get(s);
  if (!h) hydrated.set(s, (h = hydrateStandings(s)));
  return h;
}

/** Whether every category place names an entry of its stage's overall standings. */
export function organizerWireWhole(wire: OrganizerWire): boolean {
  return Object.values(wire.standings).every((s) => standingsOf(s).whole);
}

/** The OrganizerSnapshot the desk renders (a place without its row is left out). */
export function hydrateOrganizer(wire: OrganizerWire): OrganizerSnapshot {
  return { ...wire, standings: mapValues(wire.standings, (s) => standingsOf(s).standings) };
}
