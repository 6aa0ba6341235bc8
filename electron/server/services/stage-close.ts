// Closing a stage as a whole, for a round that not every entry reached (a final with the
// best ten of 67): entries that were never presented in the stage are marked "out" (did
// not advance: not ranked, not blocking finality), every entry still open is locked. One
// commit, one audit row naming both lists, always with a written reason. An entry on stage
// refuses the whole call. Presenting or opening an "out" entry brings it back.
import { DomainError } from '../../../shared/contract/errors.js';
import type { ParsedOf, organizerCalls } from '../../../shared/contract/events.js';
import type { Entry } from '../../../shared/model.js';
import type { Venue } from './venue.js';

type In = ParsedOf<(typeof organizerCalls)['stage:close']>;

export function closeStage(
  venue: Venue,
  actor: string,
  input: In,
): { locked: number; out: number } {
  const setup = venue.requireSetup();
  const stage = setup.stages.find((s) => s.id === input.stageId);
  if (!stage) throw new DomainError('NOT_FOUND', [`stage ${input.stageId}`]);
  const onStage = setup.entries.filter((e) => venue.phase(stage.id, e.id) === 'presenting');
  if (onStage.length > 0)
    throw new DomainError(
      'BAD_TRANSITION',
      onStage.map((e) => `${e.code}: presenting; finish or requeue it first`),
    );
  const lock: Entry[] = [];
  const out: Entry[] = [];
  for (const e of setup.entries) {
    const phase = venue.phase(stage.id, e.id);
    if (phase === 'scoring' || phase === 'closed') lock.push(e);
    // A queued entry with a counted sheet (an organizer correction) was scored: lock it.
    else if (phase === 'queued') (hasCountedSheet(venue, stage.id, e) ? lock : out).push(e);
  }
  venue.commit([{ kind: 'setup' }], () => {
    for (const e of lock) venue.setPhase(stage.id, e.id, 'locked');
    for (const e of out) venue.setPhase(stage.id, e.id, 'out');
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'stage.close',
      target: stage.id,
      new: { locked: lock.map((e) => e.code), out: out.map((e) => e.code) },
      reason: input.reason,
    });
  });
  return { locked: lock.length, out: out.length };
}

function hasCountedSheet(venue: Venue, stageId: string, e: Entry): boolean {
  return venue
    .requireSetup()
    .jurors.some((j) => j.panelId === e.panelId && venue.countedSheet(stageId, j.id, e.id));
}
