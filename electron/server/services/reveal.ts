// The reveal ceremony: places N up to 1 of one category (or overall), one rank group per
// step (tied entries together). Starting it puts the chosen screens into the reveal
// (default the main screen) and remembers their modes, restored at the end. A
// category with unlocked entries is refused unless the organizer confirms with a reason.
import { DomainError } from '../../../shared/contract/errors.js';
import type { ParsedOf, organizerCalls } from '../../../shared/contract/events.js';
import type { Release, Reveal, ScreenSetting } from '../../../shared/model.js';
import { nextRevealPlace, previousRevealPlace } from '../../../shared/reveal.js';
import { defaultScreenMode, mainScreen } from '../../../shared/screen-modes.js';
import type { RankedRow } from '../../../shared/scoring/types.js';
import { releasedStageId, requireFinalOrReason } from './finality.js';
import type { Venue } from './venue.js';

type In = ParsedOf<(typeof organizerCalls)['reveal:control']>;

function rowsOf(venue: Venue, categoryId: string | null): RankedRow[] {
  const stageId = releasedStageId(venue);
  const standings = stageId ? venue.standings(stageId) : null;
  if (!standings) return [];
  return categoryId === null ? standings.overall : (standings.byCategory[categoryId] ?? []);
}

function start(
  venue: Venue,
  input: In,
  before: Release,
): { reveal: Reveal; reason: string | null } {
  const setup = venue.requireSetup();
  const categoryId = input.categoryId ?? null;
  if (categoryId !== null && !setup.categories.some((c) => c.id === categoryId))
    throw new DomainError('NOT_FOUND', [`category ${categoryId}`]);
  const stageId = releasedStageId(venue);
  if (!stageId) throw new DomainError('INVALID_SETUP', ['no stage']);
  const { provisional } = requireFinalOrReason(venue, stageId, categoryId, input.provisionalReason);
  const names = [...new Set(input.screens ?? [mainScreen])];
  const known = new Map(venue.repos.live.screens().map((s) => [s.name, s]));
  // A restart keeps the modes remembered by the reveal it replaces.
  const earlier = new Map((before.reveal?.screens ?? []).map((s) => [s.name, s]));
  const screens: ScreenSetting[] = names.map(
    (name) =>
      earlier.get(name) ?? known.get(name) ?? { name, mode: defaultScreenMode, panelId: null },
  );
  return {
    reveal: {
      categoryId,
      places: input.places ?? 3,
      revealedPlace: null,
      startedAt: venue.now(),
      provisional,
      screens,
    },
    reason: provisional ? (input.provisionalReason ?? null) : null,
  };
}

export function controlReveal(venue: Venue, actor: string, input: In): void {
  const before = venue.repos.live.release();
  let reveal = before.reveal;
  let reason: string | null = null;
  if (input.action === 'start') {
    ({ reveal, reason } = start(venue, input, before));
  } else if (!reveal) {
    throw new DomainError('BAD_TRANSITION', ['no reveal in progress']);
  } else if (input.action === 'next') {
    const rows = rowsOf(venue, reveal.categoryId);
    reveal = {
      ...reveal,
      revealedPlace: nextRevealPlace(rows, reveal.places, reveal.revealedPlace),
    };
  } else if (input.action === 'back') {
    const rows = rowsOf(venue, reveal.categoryId);
    reveal = {
      ...reveal,
      revealedPlace: previousRevealPlace(rows, reveal.places, reveal.revealedPlace),
    };
  } else {
    reveal = null;
  }
  const after: Release = { ...before, reveal };
  const ended = input.action === 'end' ? (before.reveal?.screens ?? []) : [];
  venue.commit([{ kind: 'screens' }], () => {
    venue.repos.live.saveRelease(after);
    if (input.action === 'start' && reveal)
      for (const s of reveal.screens) venue.repos.live.saveScreen(s.name, 'reveal', s.panelId);
    // The screens go back to what they showed before; one switched away meanwhile stays.
    const now = new Map(venue.repos.live.screens().map((s) => [s.name, s.mode]));
    for (const s of ended)
      if (now.get(s.name) === 'reveal') venue.repos.live.saveScreen(s.name, s.mode, s.panelId);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: `reveal.${input.action}`,
      target: 'screens',
      old: before.reveal,
      new: reveal,
      reason,
    });
  });
}
