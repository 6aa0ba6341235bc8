// What the organizer desk's report calls (audit log, raw sheets) send back (see desk-schemas.ts).
import type { Id, SheetVersion } from '../model.js';

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

/**
 * One juror's sheet in a stage: the counted version (`counted: true`, the latest
 * submitted), and a pending edit (`counted: false`: a draft with no submission before it,
 * or a draft saved after the counted one) when there is one.
 */
export type StageSheetRow = DeskSheetVersion & Pick<SheetVersion, 'jurorId' | 'entryId'>;

/**
 * A stored sheet version as the desk reads it (sheets:list, sheet:history): what it held,
 * its submission id (the pad's receipt), and whether it is the version that counts.
 */
export type DeskSheetVersion = Pick<
  SheetVersion,
  'submissionId' | 'version' | 'status' | 'values' | 'comment' | 'createdAt' | 'author'
> & { counted: boolean };

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

/** The catalogue zip, with what it holds. */
export type CatalogueMade = MadeFile & { entries: number; provisional: boolean };
