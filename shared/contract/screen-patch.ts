// Screen patches: after the full ScreenWire on connect (or after a gap), every change to a
// screen's view travels as a patch from the version the screen holds (`base`) to the next
// (`version`), made by json-diff.ts. A screen applies a patch only onto exactly its base;
// any other base is a gap, and the screen asks for a full snapshot (snapshot:get). A patch
// carries only values of the new view, so it never names an entry the new view does not
// (the reveal guarantee holds for patches as for snapshots). A patch never changes `venue`:
// a view whose venue moved (a standby paired: no commit, so maybe at the same version) is
// sent whole, and a snapshot not older than the one held is taken.
import type { Id } from '../model.js';
import { applyDiff, diff, type Json, type ObjDiff } from './json-diff.js';
import { jsonLength, jsonLongerThan } from './json-length.js';
import type { ScreenWire } from './screen-wire.js';

/** Array items are matched by these fields (rows, panels, categories, in that order). */
const screenKeys = ['entryId', 'panelId', 'categoryId', 'slot', 'id'] as const;

export type ScreenPatch = {
  /** The version after the patch (first, so load generators can read it cheaply). */
  version: number;
  /** The version the patch applies to. */
  base: number;
  /** The screen group (mode and panel) the view belongs to. */
  group: string;
  diff: ObjDiff;
};

export const screenGroupKey = (screen: { mode: string; panelId: Id | null }) =>
  `${screen.mode}|${screen.panelId ?? ''}`;

/** The patch from `prev` to `next`, or null when the full view is smaller (send that). */
export function screenPatch(prev: ScreenWire, next: ScreenWire): ScreenPatch | null {
  const d = diff(prev as unknown as Json, next as unknown as Json, screenKeys) ?? {};
  if ('put' in d || 'key' in d) return null;
  const patch: ScreenPatch = {
    version: next.version,
    base: prev.version,
    group: screenGroupKey(next.screen),
    diff: d,
  };
  return jsonLongerThan(next, jsonLength(patch)) ? patch : null;
}

export type PatchOutcome =
  | { kind: 'applied'; wire: ScreenWire }
  /** Already held (a patch the screen's snapshot already includes). */
  | { kind: 'old' }
  /** Not the held version or not the held group: ask for a snapshot. */
  | { kind: 'gap' };

export function applyScreenPatch(held: ScreenWire | null, patch: ScreenPatch): PatchOutcome {
  if (held && patch.version <= held.version) return { kind: 'old' };
  if (!held || patch.base !== held.version || patch.group !== screenGroupKey(held.screen))
    return { kind: 'gap' };
  try {
    const wire = applyDiff(held as unknown as Json, patch.diff) as unknown as ScreenWire;
    return { kind: 'applied', wire };
  } catch {
    // A patch that does not fit the held view (it cannot happen onto its own base; a
    // page of another Panggung version could see one): the whole view heals it.
    return { kind: 'gap' };
  }
}
