// Organizer desk deltas: after the full OrganizerSnapshot on connect (or on snapshot:get),
// every push to a desk is a patch from the view it holds (`base`) to the next (`view`),
// made by json-diff.ts. Views are numbered per server run (`OrganizerSnapshot.view`), not
// by the festival's `version`: the desk's view also changes without a commit (a juror
// connects, a pad reports its outbox, a screen reports what it shows). A desk applies a
// patch only onto exactly its base; any other base is a gap, healed by snapshot:get.
// Views and patches are in the wire form (organizer-wire.ts); the follower hydrates.
import { applyDiff, sizedDiff, type Json, type ObjDiff } from './json-diff.js';
import { jsonLength } from './json-length.js';
import { hydrateOrganizer, organizerWireWhole, type OrganizerWire } from './organizer-wire.js';
import { followView, type Follower } from './view-follower.js';
import type { OrganizerSnapshot } from './views.js';

/** Array items are matched by the first of these fields unique in both lists. */
const organizerKeys = [
  'id',
  'entryId',
  'jurorId',
  'stageId',
  'panelId',
  'categoryId',
  'slot',
  'name',
] as const;

export type OrganizerPatch = {
  /** The view number after the patch. */
  view: number;
  /** The view number the patch applies to. */
  base: number;
  diff: ObjDiff;
};

/** The patch from `prev` to `next`, or null when the full view is as small (send that). */
export function organizerPatch(
  prev: OrganizerWire,
  next: OrganizerWire,
  /** JSON.stringify(next).length, when the caller knows it already. */
  nextSize: number = jsonLength(next),
): OrganizerPatch | null {
  const sized = sizedDiff(prev as unknown as Json, next as unknown as Json, organizerKeys);
  const d = sized?.diff ?? {};
  if ('put' in d || 'key' in d) return null;
  // The patch's length without walking the diff again: its frame, plus the diff's.
  const frame = jsonLength({ view: next.view, base: prev.view, diff: null }) - 'null'.length;
  const patch: OrganizerPatch = { view: next.view, base: prev.view, diff: d };
  return frame + (sized?.length ?? 2) < nextSize ? patch : null;
}

/** The view after `patch`, 'old' when already held, 'gap' when it is not onto the held view. */
export function applyOrganizerPatch(
  held: OrganizerWire | null,
  patch: OrganizerPatch,
): OrganizerWire | 'old' | 'gap' {
  if (held && patch.view <= held.view) return 'old';
  if (!held || patch.base !== held.view) return 'gap';
  try {
    const next = applyDiff(held as unknown as Json, patch.diff) as unknown as OrganizerWire;
    // A category place without its overall row is a view that went wrong: ask for it whole.
    return organizerWireWhole(next) ? next : 'gap';
  } catch {
    return 'gap'; // a patch that does not fit the held view: the whole view heals it
  }
}

/**
 * A desk's view follower (view-follower.ts): the caller gives snapshot:get and the display.
 * It holds the wire form (what patches apply to) and shows the hydrated view.
 */
export function followOrganizer(o: {
  fetch: () => Promise<OrganizerWire | null>;
  show: (view: OrganizerSnapshot) => void;
}): Follower<OrganizerWire, OrganizerPatch> {
  return followView({
    fetch: o.fetch,
    show: (wire) => o.show(hydrateOrganizer(wire)),
    apply: applyOrganizerPatch,
    newer: (held, next) => held === null || next.view >= held.view,
  });
}
