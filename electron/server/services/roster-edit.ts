// Editing entries and jurors one at a time, and the running order per panel. Same shape
// as setup-edit.ts: check, then one commit with an audit row (old and new values).
// Access codes are never written to the audit log.
import { DomainError } from '../../../shared/contract/errors.js';
import { refusalDetail } from '../../../shared/contract/refusal-details.js';
import type { ParsedOf, organizerCalls } from '../../../shared/contract/events.js';
import type { Entry, EntryDetails, Juror } from '../../../shared/model.js';
import { nameKey } from '../../../shared/roster-check.js';
import { newId, newPin, newToken } from './ids.js';
import { checkWhole, currentSetup, editRepo } from './setup-edit.js';
import type { Venue } from './venue.js';

type In<K extends keyof typeof organizerCalls> = ParsedOf<(typeof organizerCalls)[K]>;

const plainJuror = (j: Juror): Juror => ({
  id: j.id,
  name: j.name,
  panelId: j.panelId,
  isChair: j.isChair,
  conflictInstitutions: j.conflictInstitutions,
  conflictEntryIds: j.conflictEntryIds,
});

export function saveEntry(venue: Venue, actor: string, input: In<'entry:save'>): { id: string } {
  const setup = currentSetup(venue);
  const existing = input.id ? setup.entries.find((e) => e.id === input.id) : undefined;
  const details: string[] = [];
  if (!setup.categories.some((c) => c.id === input.categoryId))
    details.push(`categoryId: unknown category ${input.categoryId}`);
  if (!setup.panels.some((p) => p.id === input.panelId))
    details.push(`panelId: unknown panel ${input.panelId}`);
  const others = setup.entries.filter((e) => e.id !== existing?.id);
  const sameCode = others.find((e) => nameKey(e.code) === nameKey(input.code));
  if (sameCode)
    details.push(refusalDetail('codeTaken', { code: input.code, title: sameCode.title }));
  const samePanel = others.filter((e) => e.panelId === input.panelId);
  const order =
    input.order ??
    (existing?.panelId === input.panelId
      ? existing.order
      : samePanel.reduce((m, e) => Math.max(m, e.order), 0) + 1);
  const taken = samePanel.find((e) => e.order === order);
  if (taken) details.push(refusalDetail('orderTaken', { order, code: taken.code }));
  if (
    existing &&
    existing.panelId !== input.panelId &&
    editRepo(venue).sheetsOfEntry(existing.id) > 0
  )
    details.push('panelId: score sheets exist for this entry; its panel cannot change');
  if (details.length > 0) throw new DomainError('INVALID_SETUP', details);
  const entry: Entry = {
    id: existing?.id ?? input.id ?? newId(),
    order,
    code: input.code,
    title: input.title,
    institution: input.institution,
    categoryId: input.categoryId,
    panelId: input.panelId,
    presenter: input.presenter,
  };
  checkWhole({
    ...setup,
    entries: existing
      ? setup.entries.map((e) => (e.id === entry.id ? entry : e))
      : [...setup.entries, entry],
  });
  const oldDetails = existing ? venue.repos.details.get(existing.id) : undefined;
  venue.commit([{ kind: 'setup' }], () => {
    editRepo(venue).upsertEntry(entry);
    if (input.details) venue.repos.details.save(entry.id, input.details);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: existing ? 'entry.update' : 'entry.add',
      target: entry.id,
      old: existing && { ...existing, details: oldDetails },
      new: { ...entry, details: input.details ?? oldDetails },
    });
  });
  return { id: entry.id };
}

export function entryDetails(venue: Venue, input: In<'entry:details'>): EntryDetails {
  if (!venue.entry(input.id)) throw new DomainError('NOT_FOUND', [`entry ${input.id}`]);
  return venue.repos.details.get(input.id);
}

export function deleteEntry(venue: Venue, actor: string, input: In<'entry:delete'>): null {
  const setup = venue.requireSetup();
  const entry = setup.entries.find((e) => e.id === input.id);
  if (!entry) throw new DomainError('NOT_FOUND', [`entry ${input.id}`]);
  const repo = editRepo(venue);
  if (repo.sheetsOfEntry(entry.id) > 0)
    throw new DomainError('INVALID_SETUP', [
      `${entry.code}: score sheets exist for this entry; it cannot be deleted`,
    ]);
  if (venue.repos.voting.votesForEntry(entry.id) > 0)
    throw new DomainError('INVALID_SETUP', [
      `${entry.code}: audience votes exist for this entry; it cannot be deleted`,
    ]);
  venue.commit([{ kind: 'setup' }], () => {
    // Conflicts naming the entry go with it.
    for (const j of setup.jurors)
      if (j.conflictEntryIds.includes(entry.id))
        repo.upsertJuror(
          {
            ...plainJuror(j),
            conflictEntryIds: j.conflictEntryIds.filter((id) => id !== entry.id),
          },
          null,
        );
    repo.deleteEntry(entry.id);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'entry.delete',
      target: entry.id,
      old: entry,
    });
  });
  return null;
}

export function reorderEntries(venue: Venue, actor: string, input: In<'entry:reorder'>): null {
  const setup = venue.requireSetup();
  if (!setup.panels.some((p) => p.id === input.panelId))
    throw new DomainError('NOT_FOUND', [`panel ${input.panelId}`]);
  const inPanel = setup.entries
    .filter((e) => e.panelId === input.panelId)
    .sort((a, b) => a.order - b.order);
  const given = new Set(input.entryIds);
  if (
    given.size !== input.entryIds.length ||
    given.size !== inPanel.length ||
    inPanel.some((e) => !given.has(e.id))
  )
    throw new DomainError('BAD_INPUT', ['entryIds: list every entry of the panel exactly once']);
  const code = (id: string) => setup.entries.find((e) => e.id === id)?.code ?? id;
  venue.commit([{ kind: 'setup' }], () => {
    editRepo(venue).setEntryOrders(input.entryIds);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'entry.reorder',
      target: input.panelId,
      old: inPanel.map((e) => e.code),
      new: input.entryIds.map(code),
    });
  });
  return null;
}

export function saveJuror(venue: Venue, actor: string, input: In<'juror:save'>): { id: string } {
  const setup = currentSetup(venue);
  const state = venue.requireSetup();
  const existing = input.id ? state.jurors.find((j) => j.id === input.id) : undefined;
  const details: string[] = [];
  if (!setup.panels.some((p) => p.id === input.panelId))
    details.push(`panelId: unknown panel ${input.panelId}`);
  const entryIds = new Set(setup.entries.map((e) => e.id));
  for (const id of input.conflictEntryIds)
    if (!entryIds.has(id)) details.push(`conflictEntryIds: unknown entry ${id}`);
  if (
    existing &&
    existing.panelId !== input.panelId &&
    editRepo(venue).sheetsOfJuror(existing.id) > 0
  )
    details.push('panelId: this juror has score sheets; the panel cannot change');
  if (details.length > 0) throw new DomainError('INVALID_SETUP', details);
  const juror: Juror = {
    id: existing?.id ?? input.id ?? newId(),
    name: input.name,
    panelId: input.panelId,
    isChair: input.isChair,
    conflictInstitutions: [...new Set(input.conflictInstitutions)],
    conflictEntryIds: [...new Set(input.conflictEntryIds)],
  };
  checkWhole({
    ...setup,
    jurors: existing
      ? setup.jurors.map((j) => (j.id === juror.id ? juror : j))
      : [...setup.jurors, juror],
  });
  const codes = existing
    ? null
    : { pin: newPin(new Set(state.jurors.map((j) => j.pin))), token: newToken() };
  venue.commit([{ kind: 'setup' }], () => {
    editRepo(venue).upsertJuror(juror, codes);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: existing ? 'juror.update' : 'juror.add',
      target: juror.id,
      old: existing ? plainJuror(existing) : undefined,
      new: juror,
    });
  });
  return { id: juror.id };
}

export function deleteJuror(venue: Venue, actor: string, input: In<'juror:delete'>): null {
  const juror = venue.requireSetup().jurors.find((j) => j.id === input.id);
  if (!juror) throw new DomainError('NOT_FOUND', [`juror ${input.id}`]);
  const repo = editRepo(venue);
  if (repo.sheetsOfJuror(juror.id) > 0)
    throw new DomainError('INVALID_SETUP', [
      `${juror.name}: this juror has score sheets and cannot be deleted`,
    ]);
  venue.commit([{ kind: 'setup' }], () => {
    repo.deleteJuror(juror.id);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'juror.delete',
      target: juror.id,
      old: plainJuror(juror),
    });
  });
  return null;
}
