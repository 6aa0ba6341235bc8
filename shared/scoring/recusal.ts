// Who is expected to score an entry: the jurors of its panel who are not recused.
// Does not look at sheets (see standings.ts for who has submitted).
import type { Entry, Juror } from '../model.js';

/** Institution names compare trimmed and case-insensitive (Indonesian has no special casing). */
export const normalizeInstitution = (s: string): string => s.trim().toLowerCase();
const norm = normalizeInstitution;

/** Conflict of interest: the entry's institution (trimmed, case-insensitive) or the entry itself. */
export function isRecused(juror: Juror, entry: Entry): boolean {
  if (juror.conflictEntryIds.includes(entry.id)) return true;
  const inst = norm(entry.institution);
  if (inst === '') return false;
  return juror.conflictInstitutions.some((c) => norm(c) === inst);
}

/** Jurors of the entry's panel who are not recused from it, in the given order. */
export function expectedJurors(entry: Entry, jurors: readonly Juror[]): Juror[] {
  return jurors.filter((j) => j.panelId === entry.panelId && !isRecused(j, entry));
}
