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

/** A juror's counted comment on an entry and its release for publication (desk only). */
export type CommentRow = {
  entryId: Id;
  jurorId: Id;
  /** The comment of the juror's counted (latest submitted) sheet. */
  comment: string;
  release: {
    publicText: string;
    approvedAt: number;
    /** The juror changed the comment after the release: not published until released again. */
    stale: boolean;
  } | null;
};

/** A file the server made for the desk to save (a zip), as base64. */
export type MadeFile = { fileName: string; base64: string; files: number };
