// Score sheets: a juror saves a draft or submits; the organizer corrects with a reason.
// Checks run before the transaction; the version, the rubric freeze and the audit row are
// one commit. A resent submission id with the same content returns the stored result and
// stores nothing; the same id with other content (or for another sheet) is refused.
import { DomainError } from '../../../shared/contract/errors.js';
import type { ParsedOf } from '../../../shared/contract/events.js';
import type { jurorCalls, organizerCalls } from '../../../shared/contract/events.js';
import type { SheetSaveReply } from '../../../shared/contract/views.js';
import type { Juror, SheetValues, SheetVersion, Stage } from '../../../shared/model.js';
import {
  acceptsSheets,
  isRecused,
  sameSheetContent,
  sheetTotalMicro,
  validateSheetValues,
} from '../../../shared/scoring/index.js';
import type { AuditInput } from '../db/audit-repo.js';
import type { NewVersion } from '../db/sheet-repo.js';
import { freezeRubric } from '../db/setup-repo.js';
import { newId } from './ids.js';
import type { Change, Venue } from './venue.js';

type SaveInput = ParsedOf<(typeof jurorCalls)['sheet:save']>;
type CorrectInput = ParsedOf<(typeof organizerCalls)['sheet:correct']>;

function reply(v: SheetVersion, stage: Stage, duplicate: boolean): SheetSaveReply {
  return {
    submissionId: v.submissionId,
    sheetId: v.id,
    version: v.version,
    status: v.status,
    duplicate,
    totalMicro: sheetTotalMicro(stage.criteria, v.values),
  };
}

/** Every criterion present (missing -> null), values checked against the rubric. */
function checkValues(
  stage: Stage,
  values: SheetValues,
  status: 'draft' | 'submitted',
): SheetValues {
  const issues = validateSheetValues(stage.criteria, values, status);
  const first = issues[0];
  if (first)
    throw new DomainError(
      first.code,
      issues.map((i) => i.detail),
    );
  const full: SheetValues = {};
  for (const c of stage.criteria) full[c.id] = values[c.id] ?? null;
  return full;
}

type Sent = {
  jurorId: string;
  entryId: string;
  status: 'draft' | 'submitted';
  values: SheetValues;
  comment: string;
  author: 'juror' | 'organizer';
  reason: string | null;
};

/**
 * A stored submission id answers again with what was stored when the resend is the same
 * save (same sheet, status, values, comment, author and reason): a pad resending until it
 * gets an answer. Anything else under a stored id is refused (`SUBMISSION_REUSED`): the
 * new content would otherwise be silently dropped.
 */
function resend(
  venue: Venue,
  submissionId: string,
  sent: Sent,
  stage: Stage,
): SheetSaveReply | null {
  const existing = venue.repos.sheets.findBySubmission(submissionId);
  if (!existing) return null;
  const differs: string[] = [];
  if (existing.jurorId !== sent.jurorId || existing.entryId !== sent.entryId) differs.push('sheet');
  if (existing.stageId !== stage.id) differs.push('stageId');
  if (existing.status !== sent.status) differs.push('status');
  if (!sameSheetContent(existing, sent)) differs.push('values/comment');
  if (existing.author !== sent.author || (existing.reason ?? null) !== sent.reason)
    differs.push('author/reason');
  if (differs.length > 0)
    throw new DomainError('SUBMISSION_REUSED', [
      `submissionId ${submissionId}: stored version ${existing.version} differs in ${differs.join(', ')}`,
    ]);
  return reply(existing, stage, true);
}

/** The first sheet of a stage freezes its rubric: the cached setup must learn it too. */
function sheetChanges(stage: Stage, jurorId: string, entryId: string): Change[] {
  const sheet: Change = { kind: 'sheet', jurorId, stageId: stage.id, entryId };
  return stage.rubricFrozen ? [sheet] : [sheet, { kind: 'setup' }];
}

function lookup(venue: Venue, entryId: string, stageId: string) {
  const setup = venue.requireSetup();
  const entry = setup.entries.find((e) => e.id === entryId);
  const stage = setup.stages.find((s) => s.id === stageId);
  if (!entry || !stage)
    throw new DomainError('NOT_FOUND', [!entry ? `entry ${entryId}` : `stage ${stageId}`]);
  return { entry, stage };
}

/**
 * Stores one sheet version in one commit: the version, the stage's rubric frozen, the audit
 * row (the new version, values and comment; the caller says who, what and why) and the
 * venue's current sheet.
 */
function storeSheet(
  venue: Venue,
  stage: Stage,
  sheet: Omit<NewVersion, 'id' | 'stageId' | 'createdAt'>,
  audit: Pick<AuditInput, 'actor' | 'action' | 'old' | 'reason'>,
): SheetVersion {
  const at = venue.now();
  return venue.commit(sheetChanges(stage, sheet.jurorId, sheet.entryId), () => {
    const v = venue.repos.sheets.append({
      ...sheet,
      id: newId(),
      stageId: stage.id,
      createdAt: at,
    });
    // The cached setup knows once the rubric is frozen (the first sheet's setup change).
    if (!stage.rubricFrozen) freezeRubric(venue.db, stage.id);
    venue.repos.audit.add({
      at,
      ...audit,
      target: `${stage.id}/${sheet.entryId}/${sheet.jurorId}`,
      new: { version: v.version, values: sheet.values, comment: v.comment },
    });
    venue.rememberSheet(v);
    return v;
  });
}

export function saveJurorSheet(venue: Venue, juror: Juror, input: SaveInput): SheetSaveReply {
  const { entry, stage } = lookup(venue, input.entryId, input.stageId);
  const again = resend(
    venue,
    input.submissionId,
    { ...input, jurorId: juror.id, author: 'juror', reason: null },
    stage,
  );
  if (again) return again;
  if (entry.panelId !== juror.panelId) throw new DomainError('NOT_YOUR_PANEL');
  if (isRecused(juror, entry)) throw new DomainError('RECUSED');
  const phase = venue.phase(stage.id, entry.id);
  if (phase === 'locked') throw new DomainError('LOCKED');
  if (!acceptsSheets(phase, input.status)) throw new DomainError('SCORING_CLOSED');
  const values = checkValues(stage, input.values, input.status);
  const stored = storeSheet(
    venue,
    stage,
    {
      submissionId: input.submissionId,
      jurorId: juror.id,
      entryId: entry.id,
      status: input.status,
      values,
      comment: input.comment,
      author: 'juror',
      reason: null,
    },
    {
      actor: `juror:${juror.id}`,
      action: input.status === 'submitted' ? 'sheet.submit' : 'sheet.draft',
    },
  );
  return reply(stored, stage, false);
}

/** The organizer's correction: any phase (also after a lock), always with a written reason. */
export function correctSheet(venue: Venue, actor: string, input: CorrectInput): SheetSaveReply {
  const { entry, stage } = lookup(venue, input.entryId, input.stageId);
  const juror = venue.requireSetup().jurors.find((j) => j.id === input.jurorId);
  if (!juror) throw new DomainError('NOT_FOUND', [`juror ${input.jurorId}`]);
  const again = resend(
    venue,
    input.submissionId,
    { ...input, status: 'submitted', author: 'organizer' },
    stage,
  );
  if (again) return again;
  if (entry.panelId !== juror.panelId) throw new DomainError('NOT_YOUR_PANEL');
  if (isRecused(juror, entry)) throw new DomainError('RECUSED');
  const values = checkValues(stage, input.values, 'submitted');
  const before = venue.currentSheet(stage.id, juror.id, entry.id) ?? null;
  const stored = storeSheet(
    venue,
    stage,
    {
      submissionId: input.submissionId,
      jurorId: juror.id,
      entryId: entry.id,
      status: 'submitted',
      values,
      comment: input.comment,
      author: 'organizer',
      reason: input.reason,
    },
    {
      actor,
      action: 'sheet.correct',
      old: before
        ? {
            version: before.version,
            status: before.status,
            values: before.values,
            comment: before.comment,
          }
        : null,
      reason: input.reason,
    },
  );
  return reply(stored, stage, false);
}
