// Read-only reports for the organizer desk's results pages: the audit log, filtered and paged,
// and the score sheets of a stage (counted versions and pending edits) for the XLSX/CSV
// exports built in the page.
// Nothing here writes.
import type { z } from 'zod';
import type { auditListSchema, sheetsListSchema } from '../../../shared/contract/desk-schemas.js';
import type {
  AuditEntry,
  DeskSheetVersion,
  StageSheetRow,
} from '../../../shared/contract/desk-views.js';
import type { SheetHistoryRow } from '../../../shared/contract/views.js';
import { DomainError } from '../../../shared/contract/errors.js';
import type { SheetVersion } from '../../../shared/model.js';
import type { AuditRow } from '../db/audit-repo.js';
import type { Venue } from './venue.js';

const parse = (json: string | null): unknown => {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function auditList(
  venue: Venue,
  input: z.output<typeof auditListSchema>,
): { rows: AuditEntry[]; more: boolean } {
  const where: string[] = [];
  const args: Array<string | number> = [];
  if (input.action) {
    if (input.action.endsWith('.')) {
      where.push("action LIKE ? ESCAPE '\\'");
      args.push(`${escapeLike(input.action)}%`);
    } else {
      where.push('action = ?');
      args.push(input.action);
    }
  }
  if (input.actor) {
    where.push("actor LIKE ? ESCAPE '\\'");
    args.push(`%${escapeLike(input.actor)}%`);
  }
  if (input.target) {
    where.push("target LIKE ? ESCAPE '\\'");
    args.push(`%${escapeLike(input.target)}%`);
  }
  if (input.since !== undefined) {
    where.push('at >= ?');
    args.push(input.since);
  }
  if (input.beforeId !== undefined) {
    where.push('id < ?');
    args.push(input.beforeId);
  }
  const sql = `SELECT * FROM audit_log${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  const rows = venue.db.prepare(sql).all(...args, input.limit + 1) as AuditRow[];
  return {
    more: rows.length > input.limit,
    rows: rows.slice(0, input.limit).map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      target: r.target,
      old: parse(r.old_json),
      new: parse(r.new_json),
      reason: r.reason,
    })),
  };
}

export function stageSheets(
  venue: Venue,
  input: z.output<typeof sheetsListSchema>,
): StageSheetRow[] {
  const setup = venue.requireSetup();
  if (!setup.stages.some((s) => s.id === input.stageId))
    throw new DomainError('NOT_FOUND', [`stage ${input.stageId}`]);
  const row = (v: SheetVersion, counted: boolean): StageSheetRow => ({
    jurorId: v.jurorId,
    entryId: v.entryId,
    ...deskVersion(v, counted),
  });
  const counted = venue.repos.sheets.submittedOfStage(input.stageId);
  const countedIds = new Set(counted.map((v) => v.id));
  // A current version that is not the counted one is a pending edit (a draft).
  const pending = venue.repos.sheets
    .currentOfStage(input.stageId)
    .filter((v) => !countedIds.has(v.id));
  return [...counted.map((v) => row(v, true)), ...pending.map((v) => row(v, false))];
}

/** Every version of one juror's sheet for an entry in a stage, oldest first. */
export function sheetHistory(
  venue: Venue,
  input: { jurorId: string; entryId: string; stageId: string },
): SheetHistoryRow[] {
  const versions = venue.repos.sheets.history(input.jurorId, input.entryId, input.stageId);
  const counted = versions.filter((v) => v.status === 'submitted').at(-1);
  return versions.map((v) => ({ ...deskVersion(v, v === counted), reason: v.reason }));
}

function deskVersion(v: SheetVersion, counted: boolean): DeskSheetVersion {
  return {
    submissionId: v.submissionId,
    counted,
    version: v.version,
    status: v.status,
    values: v.values,
    comment: v.comment,
    createdAt: v.createdAt,
    author: v.author,
  };
}
