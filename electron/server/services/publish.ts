// What leaves the festival for the innovators and the public: the jurors' comments the
// organizer releases (anonymously, as approved), the feedback sheets per entry and their
// export per institution. The catalogue is in catalogue.ts. A comment is published only
// while the juror's counted comment is still the one the organizer approved.
import JSZip from 'jszip';
import { DomainError } from '../../../shared/contract/errors.js';
import type { ParsedOf, organizerCalls } from '../../../shared/contract/events.js';
import type { CommentRow, MadeFile } from '../../../shared/contract/desk-views.js';
import type { Id, SheetVersion, Stage } from '../../../shared/model.js';
import type { NumberLanguage } from '../../../shared/number-format.js';
import { buildFeedback, type FeedbackSheet } from '../../../shared/publish/feedback.js';
import { feedbackDocument } from '../../../shared/publish/feedback-html.js';
import { slug } from '../../../shared/publish/html.js';
import { newMemo, selectCounted } from '../../../shared/scoring/counted.js';
import { createCommentReleaseRepo } from '../db/comment-release-repo.js';
import type { Venue } from './venue.js';

type In<K extends keyof typeof organizerCalls> = ParsedOf<(typeof organizerCalls)[K]>;

export function stageOf(venue: Venue, stageId: Id): Stage {
  const stage = venue.setup()?.stages.find((s) => s.id === stageId);
  if (!stage) throw new DomainError('NOT_FOUND', [`stage ${stageId}`]);
  return stage;
}

/** The counted (latest submitted, non-recused) sheet of every juror x entry of a stage. */
function countedSheets(venue: Venue, stage: Stage): SheetVersion[] {
  const setup = venue.requireSetup();
  const all = venue.sheetsOfStage(stage.id);
  const byId = new Map(all.map((s) => [s.id, s]));
  const counted = selectCounted(stage, setup.entries, setup.jurors, all, newMemo(stage));
  return counted.sheets.flat().flatMap((s) => byId.get(s.sheetId) ?? []);
}

export function listComments(venue: Venue, input: In<'comments:list'>): CommentRow[] {
  const stage = stageOf(venue, input.stageId);
  const releases = new Map(
    createCommentReleaseRepo(venue.db)
      .ofStage(stage.id)
      .map((r) => [`${r.entryId}\u0000${r.jurorId}`, r]),
  );
  return countedSheets(venue, stage)
    .filter((s) => s.comment.trim() !== '')
    .map((s) => {
      const r = releases.get(`${s.entryId}\u0000${s.jurorId}`);
      return {
        entryId: s.entryId,
        jurorId: s.jurorId,
        comment: s.comment,
        release: r
          ? {
              publicText: r.publicText,
              approvedAt: r.approvedAt,
              stale: r.sourceText !== s.comment,
            }
          : null,
      };
    });
}

export function releaseComment(venue: Venue, actor: string, input: In<'comment:release'>): null {
  const stage = stageOf(venue, input.stageId);
  const repo = createCommentReleaseRepo(venue.db);
  const old = repo.get(stage.id, input.entryId, input.jurorId);
  const sheet = countedSheets(venue, stage).find(
    (s) => s.entryId === input.entryId && s.jurorId === input.jurorId,
  );
  if (input.publicText !== null && (!sheet || sheet.comment.trim() === ''))
    throw new DomainError('NOT_FOUND', [
      `no submitted comment of juror ${input.jurorId} on entry ${input.entryId} in ${stage.id}`,
    ]);
  venue.commit([], () => {
    if (input.publicText === null) repo.remove(stage.id, input.entryId, input.jurorId);
    else
      repo.save({
        stageId: stage.id,
        entryId: input.entryId,
        jurorId: input.jurorId,
        sourceText: sheet?.comment ?? '',
        publicText: input.publicText,
        approvedAt: venue.now(),
        approvedBy: actor,
      });
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: input.publicText === null ? 'comment.withdraw' : 'comment.release',
      target: `${stage.id}/${input.entryId}/${input.jurorId}`,
      old: old ? old.publicText : null,
      new: input.publicText,
    });
  });
  return null;
}

/** entryId -> released comment texts that are still current. */
export function publishedComments(venue: Venue, stage: Stage): Map<Id, string[]> {
  const out = new Map<Id, string[]>();
  for (const row of listComments(venue, { stageId: stage.id }))
    if (row.release && !row.release.stale)
      out.set(row.entryId, [...(out.get(row.entryId) ?? []), row.release.publicText]);
  return out;
}

export function feedbackSheets(venue: Venue, stageId: Id): FeedbackSheet[] {
  const setup = venue.requireSetup();
  const stage = stageOf(venue, stageId);
  const standings = venue.standings(stage.id);
  if (!standings) throw new DomainError('NOT_FOUND', [`stage ${stageId}`]);
  return buildFeedback({
    stage,
    entries: setup.entries,
    jurors: setup.jurors,
    categories: setup.categories,
    sheets: venue.sheetsOfStage(stage.id),
    standings,
    phase: (entryId) => venue.phase(stage.id, entryId),
    comments: publishedComments(venue, stage),
  });
}

export const dateText = (ms: number, lng: NumberLanguage): string =>
  new Date(ms).toLocaleDateString(lng === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

function docMeta(venue: Venue, stage: Stage, lng: NumberLanguage) {
  return {
    festivalName: venue.requireSetup().festival.name,
    stageName: stage.name,
    lng,
    dateText: dateText(venue.now(), lng),
  };
}

/** Every entry's sheet (or one institution's) as one printable document. */
export function feedbackHtml(
  venue: Venue,
  input: In<'feedback:html'>,
): { html: string; sheets: number } {
  const stage = stageOf(venue, input.stageId);
  const key = (s: string) => s.trim().toLowerCase();
  const sheets = feedbackSheets(venue, stage.id).filter(
    (s) => input.institution === undefined || key(s.institution) === key(input.institution),
  );
  if (sheets.length === 0)
    throw new DomainError('NOT_FOUND', [`no entry of institution "${input.institution ?? ''}"`]);
  return {
    html: feedbackDocument(sheets, docMeta(venue, stage, input.lng)),
    sheets: sheets.length,
  };
}

/** A zip with one document per institution (umpan-balik-<institution>.html). */
export async function feedbackExport(
  venue: Venue,
  input: In<'feedback:export'>,
): Promise<MadeFile> {
  const stage = stageOf(venue, input.stageId);
  const meta = docMeta(venue, stage, input.lng);
  const byInstitution = new Map<string, FeedbackSheet[]>();
  for (const s of feedbackSheets(venue, stage.id))
    byInstitution.set(s.institution, [...(byInstitution.get(s.institution) ?? []), s]);
  const zip = new JSZip();
  const used = new Set<string>();
  for (const [institution, sheets] of byInstitution) {
    let name = `umpan-balik-${slug(institution, 'instansi')}`;
    for (let i = 2; used.has(name); i++) name = `umpan-balik-${slug(institution, 'instansi')}-${i}`;
    used.add(name);
    zip.file(`${name}.html`, feedbackDocument(sheets, meta));
  }
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return {
    fileName: `umpan-balik-${slug(meta.festivalName, 'festival')}-${slug(stage.name, stage.id)}.zip`,
    base64: Buffer.from(bytes).toString('base64'),
    files: byInstitution.size,
  };
}
