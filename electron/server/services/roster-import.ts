// Entries and jurors from the organizers' spreadsheet. The page parses the file (XLSX or
// CSV) and maps its columns; what arrives here are plain rows with their spreadsheet row
// numbers. All or nothing: every row is checked (shared/roster-check.ts, the same check
// the page's preview runs) and the resulting festival against festivalSetupSchema before
// the one commit; any error refuses the whole file with row-numbered details.
import { DomainError } from '../../../shared/contract/errors.js';
import type { RosterImport } from '../../../shared/contract/setup-schemas.js';
import type { Category, Entry, EntryDetails, Juror, Panel } from '../../../shared/model.js';
import { checkRoster, findNamed, nameKey, rowErrorText } from '../../../shared/roster-check.js';
import { idleTimer } from '../../../shared/timer.js';
import { newId, newPin, newToken } from './ids.js';
import { checkWhole, currentSetup, editRepo, idFromName } from './setup-edit.js';
import type { Venue } from './venue.js';

export type RosterImportReply = {
  entries: number;
  jurors: number;
  categories: number;
  panels: number;
};

/**
 * Placeholders the import leaves behind: the categories and panels a new festival starts
 * with ("Umum", "Panel A") when the file brings its own. An item goes when the file brought
 * new items of its kind, nothing uses it after the import, and the festival had no entries
 * before it or the file replaces them. An empty category made by hand in a festival that
 * already had entries stays.
 */
function leftovers<T extends Category | Panel>(
  before: T[],
  added: T[],
  used: (id: string) => boolean,
  placeholderTime: boolean,
): T[] {
  if (!placeholderTime || added.length === 0) return [];
  return before.filter((x) => !used(x.id));
}

export function importRoster(venue: Venue, actor: string, input: RosterImport): RosterImportReply {
  const setup = currentSetup(venue);
  const state = venue.requireSetup();
  const repo = editRepo(venue);
  const replacing = input.mode === 'replace';
  if (replacing && repo.sheetsTotal() > 0)
    throw new DomainError('INVALID_SETUP', [
      'score sheets exist: entries and jurors can only be added, not replaced',
    ]);
  const check = checkRoster(input, {
    categories: setup.categories,
    panels: setup.panels,
    entries: setup.entries,
  });
  if (check.errors.length > 0)
    throw new DomainError('INVALID_SETUP', check.errors.slice(0, 100).map(rowErrorText));

  // New categories and panels named in the file.
  const ids = new Set([...setup.categories, ...setup.panels].map((x) => x.id));
  const make = (names: string[], list: Array<Category | Panel>) =>
    names.map((name, i) => {
      const id = idFromName(name, ids);
      ids.add(id);
      return { id, name, order: list.reduce((m, x) => Math.max(m, x.order + 1), 0) + i };
    });
  const newCategories = make(check.newCategories, setup.categories);
  const newPanels = make(check.newPanels, setup.panels);
  const categories = [...setup.categories, ...newCategories];
  const panels = [...setup.panels, ...newPanels];
  const idOf = (list: Array<Category | Panel>, name: string) => findNamed(list, name)?.id ?? '';

  // Entries: kept ones (append) plus the file's, running orders filled in after the last.
  const keptEntries = replacing && input.entries.length > 0 ? [] : setup.entries;
  const last = new Map<string, number>();
  for (const e of keptEntries) last.set(e.panelId, Math.max(last.get(e.panelId) ?? 0, e.order));
  for (const r of input.entries)
    if (r.order !== undefined)
      last.set(idOf(panels, r.panel), Math.max(last.get(idOf(panels, r.panel)) ?? 0, r.order));
  const added: Array<Entry & { details: EntryDetails }> = input.entries.map((r) => {
    const panelId = idOf(panels, r.panel);
    const order = r.order ?? (last.get(panelId) ?? 0) + 1;
    if (r.order === undefined) last.set(panelId, order);
    return {
      id: newId(),
      order,
      code: r.code,
      title: r.title,
      institution: r.institution,
      categoryId: idOf(categories, r.category),
      panelId,
      presenter: r.presenter,
      details: {
        summary: r.summary,
        problem: r.problem,
        yearStarted: r.yearStarted,
        contact: r.contact,
        link: r.link,
      },
    };
  });
  const entries = [...keptEntries, ...added];
  const byCode = new Map(entries.map((e) => [nameKey(e.code), e.id]));
  const entryIds = new Set(entries.map((e) => e.id));

  // Jurors: a conflict naming an entry code recuses from that entry, anything else is an institution.
  const replacingJurors = replacing && input.jurors.length > 0;
  const keptJurors = (replacingJurors ? [] : setup.jurors).map((j) => ({
    ...j,
    conflictEntryIds: j.conflictEntryIds.filter((id) => entryIds.has(id)),
  }));
  const addedJurors: Juror[] = input.jurors.map((r) => {
    const entryConflicts = r.conflicts.flatMap((c) => byCode.get(nameKey(c)) ?? []);
    const institutions = r.conflicts.filter((c) => !byCode.has(nameKey(c)));
    return {
      id: newId(),
      name: r.name,
      panelId: idOf(panels, r.panel),
      isChair: r.isChair,
      conflictInstitutions: [...new Set(institutions)],
      conflictEntryIds: [...new Set(entryConflicts)],
    };
  });
  const jurors = [...keptJurors, ...addedJurors];
  const placeholderTime = replacing || setup.entries.length === 0;
  const dropCategories = leftovers(
    setup.categories,
    newCategories,
    (id) => entries.some((e) => e.categoryId === id),
    placeholderTime,
  );
  const dropPanels = leftovers(
    setup.panels,
    newPanels,
    (id) => entries.some((e) => e.panelId === id) || jurors.some((j) => j.panelId === id),
    placeholderTime,
  );
  const without = <T extends { id: string }>(list: T[], drop: T[]) =>
    list.filter((x) => !drop.includes(x));
  checkWhole({
    ...setup,
    categories: without(categories, dropCategories),
    panels: without(panels, dropPanels),
    entries,
    jurors,
  });

  const pins = new Set(replacingJurors ? [] : state.jurors.map((j) => j.pin));
  const first = [...setup.stages].sort((a, b) => a.order - b.order)[0];
  venue.commit([{ kind: 'setup' }], () => {
    for (const c of newCategories) repo.upsertNamed('category', c);
    for (const p of newPanels) {
      repo.upsertNamed('panel', p);
      if (first)
        venue.repos.live.saveLive({
          panelId: p.id,
          stageId: first.id,
          presentingEntryId: null,
          timer: idleTimer(first.presentationSec),
        });
    }
    if (replacingJurors) for (const j of setup.jurors) repo.deleteJuror(j.id);
    if (keptEntries.length === 0) for (const e of setup.entries) repo.deleteEntry(e.id);
    // Kept jurors lose conflicts with entries that were replaced.
    for (const j of keptJurors) repo.upsertJuror(j, null);
    for (const { details, ...e } of added) {
      repo.upsertEntry(e);
      venue.repos.details.save(e.id, details);
    }
    for (const j of addedJurors) repo.upsertJuror(j, { pin: newPin(pins), token: newToken() });
    for (const c of dropCategories) repo.deleteNamed('category', c.id);
    for (const p of dropPanels) repo.deleteNamed('panel', p.id);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'roster.import',
      target: 'festival',
      new: {
        mode: input.mode,
        entries: added.map((e) => e.code),
        jurors: addedJurors.map((j) => j.name),
        categories: newCategories.map((c) => c.name),
        panels: newPanels.map((p) => p.name),
        removedCategories: dropCategories.map((c) => c.name),
        removedPanels: dropPanels.map((p) => p.name),
      },
    });
  });
  return {
    entries: added.length,
    jurors: addedJurors.length,
    categories: newCategories.length,
    panels: newPanels.length,
  };
}
