// What makes a result final: every entry of the category locked in the stage. Revealing,
// certifying or officially exporting anything less needs the organizer's written reason
// (audited), and what is produced that way says SEMENTARA / PROVISIONAL.
import { DomainError } from '../../../shared/contract/errors.js';
import type { Entry, Id } from '../../../shared/model.js';
import { isSettled } from '../../../shared/scoring/index.js';
import type { Venue } from './venue.js';

/** The stage screens and documents default to: the released one, else the first. */
export function releasedStageId(venue: Venue): Id | null {
  const setup = venue.requireSetup();
  return venue.repos.live.release().stageId ?? setup.stages[0]?.id ?? null;
}

/**
 * Entries of the category (null = every category) not settled in the stage (neither locked
 * nor out of it: an entry that did not advance does not block finality), in running order.
 */
export function unlockedEntries(venue: Venue, stageId: Id, categoryId: Id | null): Entry[] {
  return venue
    .requireSetup()
    .entries.filter((e) => categoryId === null || e.categoryId === categoryId)
    .filter((e) => !isSettled(venue.phase(stageId, e.id)))
    .sort((a, b) => a.order - b.order);
}

/** "OPD-03 Title" for each entry, at most 30 named (the rest counted). */
export function nameEntries(entries: readonly Entry[]): string[] {
  const named = entries.slice(0, 30).map((e) => `${e.code} ${e.title}`);
  if (entries.length > 30) named.push(`+${entries.length - 30}`);
  return named;
}

/**
 * Refuses with PROVISIONAL (naming the unlocked entries) unless a reason confirms it.
 * Returns whether the result is provisional.
 */
export function requireFinalOrReason(
  venue: Venue,
  stageId: Id,
  categoryId: Id | null,
  reason: string | undefined,
): { provisional: boolean; unlocked: Entry[] } {
  const unlocked = unlockedEntries(venue, stageId, categoryId);
  if (unlocked.length > 0 && !reason) throw new DomainError('PROVISIONAL', nameEntries(unlocked));
  return { provisional: unlocked.length > 0, unlocked };
}

/**
 * Stages whose live scores have been on screens at some time (now, or per the audit log
 * of release changes): a reveal there surprises nobody, and the desk says so.
 */
export function publicStages(venue: Venue): Id[] {
  const first = venue.setup()?.stages[0]?.id ?? null;
  const out = new Set<Id>();
  const add = (r: { privacy?: unknown; stageId?: unknown } | null) => {
    if (r?.privacy !== 'live') return;
    const id = typeof r.stageId === 'string' ? r.stageId : first;
    if (id) out.add(id);
  };
  add(venue.repos.live.release());
  const rows = venue.db
    .prepare("SELECT new_json FROM audit_log WHERE action = 'release.set' AND new_json IS NOT NULL")
    .all() as Array<{ new_json: string }>;
  for (const row of rows) {
    try {
      add(JSON.parse(row.new_json) as { privacy?: unknown; stageId?: unknown });
    } catch {
      // A row that is not JSON says nothing about privacy.
    }
  }
  return [...out];
}

/** results:official: certificates or an official export, final or confirmed provisional. */
export function confirmOfficial(
  venue: Venue,
  actor: string,
  input: {
    stageId: Id;
    categoryId: Id | null;
    purpose: 'certificates' | 'export';
    provisionalReason?: string | undefined;
  },
): { provisional: boolean; unlocked: string[] } {
  const setup = venue.requireSetup();
  if (!setup.stages.some((s) => s.id === input.stageId))
    throw new DomainError('NOT_FOUND', [`stage ${input.stageId}`]);
  if (input.categoryId !== null && !setup.categories.some((c) => c.id === input.categoryId))
    throw new DomainError('NOT_FOUND', [`category ${input.categoryId}`]);
  const { provisional, unlocked } = requireFinalOrReason(
    venue,
    input.stageId,
    input.categoryId,
    input.provisionalReason,
  );
  if (provisional)
    venue.commit([], () =>
      venue.repos.audit.add({
        at: venue.now(),
        actor,
        action: `results.${input.purpose}.provisional`,
        target: `${input.stageId}/${input.categoryId ?? '*'}`,
        new: { unlocked: unlocked.map((e) => e.code) },
        reason: input.provisionalReason ?? null,
      }),
    );
  return { provisional, unlocked: nameEntries(unlocked) };
}
