// Editing a festival's setup one item at a time: festival details, stages with their
// rubric, categories and panels (entries and jurors are in roster-edit.ts). Each edit is
// checked first (its own schema at the edge, then the whole resulting setup against
// festivalSetupSchema, so an edited festival always exports as an importable template),
// then written in one commit with an audit row holding the old and new values.
import { DomainError } from '../../../shared/contract/errors.js';
import { refusalDetail } from '../../../shared/contract/refusal-details.js';
import type { ParsedOf, organizerCalls } from '../../../shared/contract/events.js';
import {
  festivalSetupSchema,
  issuesToDetails,
  type FestivalSetup,
} from '../../../shared/contract/schemas.js';
import type { StageEdit } from '../../../shared/contract/setup-schemas.js';
import type { Category, Panel, Stage } from '../../../shared/model.js';
import { idleTimer } from '../../../shared/timer.js';
import { createSetupEditRepo, type NamedTable } from '../db/setup-edit-repo.js';
import { nameKey } from '../../../shared/roster-check.js';
import { newId } from './ids.js';
import { exportSetup } from './setup.js';
import type { Venue } from './venue.js';

type In<K extends keyof typeof organizerCalls> = ParsedOf<(typeof organizerCalls)[K]>;

export const editRepo = (venue: Venue) => createSetupEditRepo(venue.db);

/** The setup as a template, for building the state an edit would leave. */
export function currentSetup(venue: Venue): FestivalSetup {
  if (!venue.setup())
    throw new DomainError('NOT_FOUND', [
      'no festival is set up yet: import a template or start a new festival',
    ]);
  return exportSetup(venue);
}

/** Refuses an edit whose result would not be a valid festival setup. */
export function checkWhole(next: FestivalSetup): void {
  const parsed = festivalSetupSchema.safeParse(next);
  if (!parsed.success) throw new DomainError('INVALID_SETUP', issuesToDetails(parsed.error));
}

export function saveFestival(venue: Venue, actor: string, input: In<'festival:save'>): null {
  const old = venue.requireSetup().festival;
  const next = { ...old, ...input };
  venue.commit([{ kind: 'setup' }], () => {
    editRepo(venue).updateFestival(next);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'festival.update',
      target: 'festival',
      old,
      new: next,
    });
  });
  return null;
}

/** A rubric is frozen once a sheet exists for its stage. */
export function rubricFrozen(venue: Venue, stage: Stage): boolean {
  return stage.rubricFrozen || venue.repos.sheets.countVersions(stage.id) > 0;
}

const rubricOf = (criteria: StageEdit['criteria'] | Stage['criteria']) =>
  JSON.stringify(
    criteria.map((c) => [
      c.id,
      c.name,
      c.description,
      c.weightBp,
      c.minX100,
      c.maxX100,
      c.stepX100,
      c.levels.map((l) => [l.fromX100, l.toX100, l.label]),
    ]),
  );

/** What ranks the entries: the method, the tie-break chain and the z-score minimum. */
const rankingRulesOf = (rules: Stage['rules']) =>
  JSON.stringify([rules.aggregation, rules.tieBreak, rules.zscoreMinSheets]);

export function saveStage(
  venue: Venue,
  actor: string,
  input: In<'stage:save'>,
): { frozen: boolean } {
  const setup = currentSetup(venue);
  const { stage, unlockReason } = input;
  const existing = venue.requireSetup().stages.find((s) => s.id === stage.id);
  const frozen = existing ? rubricFrozen(venue, existing) : false;
  const rubricChanged = existing ? rubricOf(existing.criteria) !== rubricOf(stage.criteria) : false;
  // Once a sheet exists, the ranking rules rewrite results like the rubric does: a reason.
  const rulesChanged = existing
    ? rankingRulesOf(existing.rules) !== rankingRulesOf(stage.rules)
    : false;
  if (frozen && rubricChanged && !unlockReason)
    throw new DomainError('RUBRIC_FROZEN', [
      `${stage.id}: score sheets exist; unlock the rubric with a written reason to change it`,
    ]);
  if (frozen && rulesChanged && !unlockReason)
    throw new DomainError('RULES_FROZEN', [
      `${stage.id}: score sheets exist; the aggregation method, tie-break chain and z-score minimum change only with a written reason`,
    ]);
  checkWhole({
    ...setup,
    stages: existing
      ? setup.stages.map((s) => (s.id === stage.id ? stage : s))
      : [...setup.stages, stage],
  });
  const reason = frozen && (rubricChanged || rulesChanged) ? (unlockReason ?? null) : null;
  venue.commit([{ kind: 'setup' }], () => {
    const repo = editRepo(venue);
    if (reason !== null && rulesChanged && existing)
      venue.repos.audit.add({
        at: venue.now(),
        actor,
        action: 'rules.change',
        target: stage.id,
        old: existing.rules,
        new: stage.rules,
        reason,
      });
    if (reason !== null && rubricChanged)
      venue.repos.audit.add({
        at: venue.now(),
        actor,
        action: 'rubric.unlock',
        target: stage.id,
        old: existing?.criteria,
        new: stage.criteria,
        reason,
      });
    repo.upsertStage(stage);
    const { rubricFrozen: _f, ...old } = existing ?? { rubricFrozen: false };
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: existing ? 'stage.update' : 'stage.add',
      target: stage.id,
      old: existing ? old : undefined,
      new: stage,
      reason,
    });
  });
  return { frozen };
}

export function deleteStage(venue: Venue, actor: string, input: In<'stage:delete'>): null {
  const stages = venue.requireSetup().stages;
  const stage = stages.find((s) => s.id === input.id);
  if (!stage) throw new DomainError('NOT_FOUND', [`stage ${input.id}`]);
  const fallback = stages.find((s) => s.id !== stage.id);
  if (!fallback) throw new DomainError('INVALID_SETUP', ['a festival needs at least one stage']);
  const repo = editRepo(venue);
  if (venue.repos.sheets.countVersions(stage.id) > 0 || repo.tieDecisionsOfStage(stage.id) > 0)
    throw new DomainError('INVALID_SETUP', [
      `${stage.name}: score sheets exist for this stage; it cannot be deleted`,
    ]);
  venue.commit([{ kind: 'setup' }], () => {
    repo.deleteStage(stage.id, fallback.id);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'stage.delete',
      target: stage.id,
      old: stage,
    });
  });
  return null;
}

const named = (venue: Venue, table: NamedTable): Array<Category | Panel> =>
  table === 'category' ? venue.requireSetup().categories : venue.requireSetup().panels;

/** A readable id from a name when it is free ("Ruang 1" -> "ruang-1"), else a random one. */
export function idFromName(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 40);
  return /^[a-z0-9][a-z0-9-]*$/.test(slug) && !taken.has(slug) ? slug : newId();
}

export function saveNamed(
  venue: Venue,
  actor: string,
  table: NamedTable,
  input: In<'category:save'>,
): { id: string } {
  const list = named(venue, table);
  const existing = input.id ? list.find((x) => x.id === input.id) : undefined;
  const clash = list.find((x) => x.id !== existing?.id && nameKey(x.name) === nameKey(input.name));
  if (clash)
    throw new DomainError('INVALID_SETUP', [refusalDetail('nameTaken', { name: input.name })]);
  const id = existing?.id ?? input.id ?? idFromName(input.name, new Set(list.map((x) => x.id)));
  const order =
    input.order ?? existing?.order ?? list.reduce((m, x) => Math.max(m, x.order + 1), 0);
  const item = { id, name: input.name, order };
  venue.commit([{ kind: 'setup' }], () => {
    editRepo(venue).upsertNamed(table, item);
    if (table === 'panel' && !existing) {
      const first = [...venue.requireSetup().stages].sort((a, b) => a.order - b.order)[0];
      if (first)
        venue.repos.live.saveLive({
          panelId: id,
          stageId: first.id,
          presentingEntryId: null,
          timer: idleTimer(first.presentationSec),
        });
    }
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: `${table}.${existing ? 'update' : 'add'}`,
      target: id,
      old: existing,
      new: item,
    });
  });
  return { id };
}

export function deleteNamed(
  venue: Venue,
  actor: string,
  table: NamedTable,
  input: In<'category:delete'>,
): null {
  const setup = venue.requireSetup();
  const list = named(venue, table);
  const item = list.find((x) => x.id === input.id);
  if (!item) throw new DomainError('NOT_FOUND', [`${table} ${input.id}`]);
  if (list.length === 1)
    throw new DomainError('INVALID_SETUP', [`a festival needs at least one ${table}`]);
  const entries = setup.entries.filter(
    (e) => (table === 'category' ? e.categoryId : e.panelId) === item.id,
  ).length;
  const jurors = table === 'panel' ? setup.jurors.filter((j) => j.panelId === item.id).length : 0;
  if (entries > 0 || jurors > 0)
    throw new DomainError('INVALID_SETUP', [
      `${item.name}: still used by ${entries} entries and ${jurors} jurors; move them first`,
    ]);
  venue.commit([{ kind: 'setup' }], () => {
    editRepo(venue).deleteNamed(table, item.id);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: `${table}.delete`,
      target: item.id,
      old: item,
    });
  });
  return null;
}

export function reorderNamed(
  venue: Venue,
  actor: string,
  table: NamedTable,
  input: In<'category:reorder'>,
): null {
  const list = named(venue, table);
  const given = new Set(input.ids);
  if (
    given.size !== input.ids.length ||
    given.size !== list.length ||
    list.some((x) => !given.has(x.id))
  )
    throw new DomainError('BAD_INPUT', ['ids: list every item exactly once']);
  venue.commit([{ kind: 'setup' }], () => {
    const repo = editRepo(venue);
    input.ids.forEach((id, i) => {
      const item = list.find((x) => x.id === id);
      if (item) repo.upsertNamed(table, { ...item, order: i + 1 });
    });
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: `${table}.reorder`,
      target: table,
      old: list.map((x) => x.id),
      new: input.ids,
    });
  });
  return null;
}
