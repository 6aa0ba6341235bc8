// Festival setup as a whole: import (from a script, a template or the demo) and export
// (a template without scores or codes). An import is all or nothing.
import { DomainError } from '../../../shared/contract/errors.js';
import {
  festivalSetupSchema,
  issuesToDetails,
  type FestivalSetup,
} from '../../../shared/contract/schemas.js';
import { idleTimer } from '../../../shared/timer.js';
import { deleteFestival, insertSetup } from '../db/setup-repo.js';
import { newId, newPin, newToken } from './ids.js';
import type { Venue } from './venue.js';

export function parseSetup(raw: unknown): FestivalSetup {
  const parsed = festivalSetupSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError('INVALID_SETUP', issuesToDetails(parsed.error));
  return parsed.data;
}

export function importSetup(
  venue: Venue,
  actor: string,
  raw: unknown,
  replace: boolean,
): { entries: number; jurors: number } {
  const setup = parseSetup(raw);
  const existing = venue.setup();
  if (existing && !replace)
    throw new DomainError('INVALID_SETUP', [
      'a festival exists: import with replace=true to replace it',
    ]);
  if (
    existing &&
    venue.requireSetup().stages.some((s) => venue.repos.sheets.countVersions(s.id) > 0)
  )
    throw new DomainError('INVALID_SETUP', [
      'score sheets exist: this festival cannot be replaced (start a new data folder or archive it)',
    ]);
  const pins = new Set<string>();
  venue.commit([{ kind: 'setup' }], () => {
    if (existing) deleteFestival(venue.db);
    insertSetup(venue.db, newId(), setup, () => ({ pin: newPin(pins), token: newToken() }));
    const first = [...setup.stages].sort((a, b) => a.order - b.order)[0];
    if (first)
      for (const p of setup.panels)
        venue.repos.live.saveLive({
          panelId: p.id,
          stageId: first.id,
          presentingEntryId: null,
          timer: idleTimer(first.presentationSec),
        });
    // A new festival shows progress only: releasing live scores is a deliberate choice.
    venue.repos.live.saveRelease({
      privacy: 'progress',
      stageId: first?.id ?? null,
      reveal: null,
      message: '',
    });
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: existing ? 'setup.replace' : 'setup.import',
      target: 'festival',
      new: {
        name: setup.festival.name,
        entries: setup.entries.length,
        jurors: setup.jurors.length,
      },
    });
  });
  return { entries: setup.entries.length, jurors: setup.jurors.length };
}

/** The setup as a template: no scores, no access codes. Entries carry their details if any. */
export function exportSetup(venue: Venue): FestivalSetup {
  const s = venue.requireSetup();
  const { id: _id, ...festival } = s.festival;
  const details = venue.repos.details.all();
  return {
    festival,
    stages: s.stages.map(({ rubricFrozen: _frozen, ...stage }) => stage),
    categories: s.categories,
    panels: s.panels,
    entries: s.entries.map((e) => {
      const d = details.get(e.id);
      return d ? { ...e, details: d } : e;
    }),
    jurors: s.jurors.map(({ pin: _p, token: _t, revoked: _r, ...j }) => j),
  };
}
