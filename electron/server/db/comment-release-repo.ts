// The organizer's releases of jurors' comments for publication (migration 5). The caller
// decides what a release means (publication only while the juror's comment is unchanged).
import type { Id } from '../../../shared/model.js';
import type { Db } from './connection.js';

export type CommentRelease = {
  jurorId: Id;
  entryId: Id;
  stageId: Id;
  sourceText: string;
  publicText: string;
  approvedAt: number;
  approvedBy: string;
};

type Row = {
  juror_id: string;
  entry_id: string;
  stage_id: string;
  source_text: string;
  public_text: string;
  approved_at: number;
  approved_by: string;
};

const toRelease = (r: Row): CommentRelease => ({
  jurorId: r.juror_id,
  entryId: r.entry_id,
  stageId: r.stage_id,
  sourceText: r.source_text,
  publicText: r.public_text,
  approvedAt: r.approved_at,
  approvedBy: r.approved_by,
});

export function createCommentReleaseRepo(db: Db) {
  return {
    ofStage(stageId: Id): CommentRelease[] {
      return (
        db.prepare('SELECT * FROM comment_release WHERE stage_id = ?').all(stageId) as Row[]
      ).map(toRelease);
    },
    get(stageId: Id, entryId: Id, jurorId: Id): CommentRelease | null {
      const r = db
        .prepare(
          'SELECT * FROM comment_release WHERE stage_id = ? AND entry_id = ? AND juror_id = ?',
        )
        .get(stageId, entryId, jurorId) as Row | undefined;
      return r ? toRelease(r) : null;
    },
    save(r: CommentRelease): void {
      db.prepare(
        `INSERT INTO comment_release VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (juror_id, entry_id, stage_id) DO UPDATE SET source_text = excluded.source_text,
           public_text = excluded.public_text, approved_at = excluded.approved_at, approved_by = excluded.approved_by`,
      ).run(
        r.jurorId,
        r.entryId,
        r.stageId,
        r.sourceText,
        r.publicText,
        r.approvedAt,
        r.approvedBy,
      );
    },
    remove(stageId: Id, entryId: Id, jurorId: Id): void {
      db.prepare(
        'DELETE FROM comment_release WHERE stage_id = ? AND entry_id = ? AND juror_id = ?',
      ).run(stageId, entryId, jurorId);
    },
  };
}
