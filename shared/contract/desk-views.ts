// What the organizer desk's part-2 report calls send back (see desk-schemas.ts).
import type { Id, SheetStatus, SheetValues } from '../model.js';

export type AuditEntry = {
  id: number;
  at: number;
  actor: string;
  action: string;
  target: string;
  old: unknown;
  new: unknown;
  reason: string | null;
};

/** The current version of one juror's sheet in a stage. */
export type StageSheetRow = {
  jurorId: Id;
  entryId: Id;
  version: number;
  status: SheetStatus;
  values: SheetValues;
  comment: string;
  createdAt: number;
  author: 'juror' | 'organizer';
};
