// Sheets as the juror types them, kept in localStorage at every keystroke: synchronous, so
// nothing is lost when the lid closes a moment later. "unsynced" = edited since the server
// last acknowledged this content; such a draft wins over the server's copy on screen.
import { sameSheetContent } from '../../shared/scoring/sheet.js';
import type { SheetValues } from '../../shared/model.js';

export type LocalDraft = {
  values: SheetValues;
  comment: string;
  savedAt: number;
  unsynced: boolean;
};

const key = (jurorId: string, stageId: string, entryId: string) =>
  `panggung.juri.draft.${jurorId}.${stageId}.${entryId}`;

export function loadDraft(jurorId: string, stageId: string, entryId: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(key(jurorId, stageId, entryId));
    return raw === null ? null : (JSON.parse(raw) as LocalDraft);
  } catch {
    return null;
  }
}

export function saveDraft(
  jurorId: string,
  stageId: string,
  entryId: string,
  draft: LocalDraft,
): void {
  try {
    localStorage.setItem(key(jurorId, stageId, entryId), JSON.stringify(draft));
  } catch {
    // storage full: the outbox (IndexedDB) still holds what was sent for
  }
}

/** Same criterion values and comment: the server has exactly what the juror sees. */
export const sameContent = sameSheetContent;
