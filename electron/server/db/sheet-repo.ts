// Score sheets: append-only versions, exactly one current (the latest) per juror x entry x
// stage. The counted version is the latest *submitted* one: a draft saved after it is the
// juror's pending edit and never replaces it (see shared/scoring/counted.ts).
import type { SheetAuthor, SheetStatus, SheetValues, SheetVersion } from '../../../shared/model.js';
import type { Db } from './connection.js';

type VersionRow = {
  id: string;
  submission_id: string;
  juror_id: string;
  entry_id: string;
  stage_id: string;
  version: number;
  status: SheetStatus;
  comment: string;
  created_at: number;
  author: SheetAuthor;
  reason: string | null;
};
type ValueRow = { sheet_version_id: string; criterion_id: string; value_x100: number | null };

export type NewVersion = Omit<SheetVersion, 'version'>;

export function createSheetRepo(db: Db) {
  const bySubmission = db.prepare('SELECT * FROM sheet_version WHERE submission_id = ?');
  const valuesOf = db.prepare('SELECT * FROM sheet_value WHERE sheet_version_id = ?');
  const maxVersion = db.prepare(
    'SELECT COALESCE(MAX(version), 0) AS v FROM sheet_version WHERE juror_id = ? AND entry_id = ? AND stage_id = ?',
  );
  const insertVersion = db.prepare(
    'INSERT INTO sheet_version VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertValue = db.prepare('INSERT INTO sheet_value VALUES (?, ?, ?)');
  const upsertCurrent = db.prepare(
    'INSERT INTO sheet VALUES (?, ?, ?, ?) ON CONFLICT (juror_id, entry_id, stage_id) DO UPDATE SET current_version_id = excluded.current_version_id',
  );
  const currentOfStage = db.prepare(
    'SELECT v.* FROM sheet s JOIN sheet_version v ON v.id = s.current_version_id WHERE s.stage_id = ?',
  );
  const currentValuesOfStage = db.prepare(
    'SELECT sv.* FROM sheet s JOIN sheet_value sv ON sv.sheet_version_id = s.current_version_id WHERE s.stage_id = ?',
  );
  // Latest submitted version per juror x entry: served by UNIQUE (juror, entry, stage, version).
  const submittedWhere = `v.stage_id = ? AND v.status = 'submitted' AND v.version = (
      SELECT MAX(w.version) FROM sheet_version w WHERE w.juror_id = v.juror_id
      AND w.entry_id = v.entry_id AND w.stage_id = v.stage_id AND w.status = 'submitted')`;
  const submittedOfStage = db.prepare(`SELECT v.* FROM sheet_version v WHERE ${submittedWhere}`);
  const submittedValuesOfStage = db.prepare(
    `SELECT sv.* FROM sheet_version v JOIN sheet_value sv ON sv.sheet_version_id = v.id WHERE ${submittedWhere}`,
  );
  const currentOne = db.prepare(
    'SELECT v.* FROM sheet s JOIN sheet_version v ON v.id = s.current_version_id WHERE s.juror_id = ? AND s.entry_id = ? AND s.stage_id = ?',
  );
  const historyOf = db.prepare(
    'SELECT * FROM sheet_version WHERE juror_id = ? AND entry_id = ? AND stage_id = ? ORDER BY version',
  );
  const countAll = db.prepare('SELECT COUNT(*) AS n FROM sheet_version WHERE stage_id = ?');

  const assemble = (row: VersionRow, values: SheetValues): SheetVersion => ({
    id: row.id,
    submissionId: row.submission_id,
    jurorId: row.juror_id,
    entryId: row.entry_id,
    stageId: row.stage_id,
    version: row.version,
    status: row.status,
    values,
    comment: row.comment,
    createdAt: row.created_at,
    author: row.author,
    reason: row.reason,
  });
  const withValues = (row: VersionRow): SheetVersion => {
    const values: SheetValues = {};
    for (const v of valuesOf.all(row.id) as ValueRow[]) values[v.criterion_id] = v.value_x100;
    return assemble(row, values);
  };

  const stageVersions = (
    rows: typeof currentOfStage,
    valueRows: typeof currentValuesOfStage,
    stageId: string,
  ): SheetVersion[] => {
    const values = new Map<string, SheetValues>();
    for (const v of valueRows.all(stageId) as ValueRow[]) {
      let m = values.get(v.sheet_version_id);
      if (!m) values.set(v.sheet_version_id, (m = {}));
      m[v.criterion_id] = v.value_x100;
    }
    return (rows.all(stageId) as VersionRow[]).map((r) => assemble(r, values.get(r.id) ?? {}));
  };

  return {
    findBySubmission(submissionId: string): SheetVersion | null {
      const row = bySubmission.get(submissionId) as VersionRow | undefined;
      return row ? withValues(row) : null;
    },
    current(jurorId: string, entryId: string, stageId: string): SheetVersion | null {
      const row = currentOne.get(jurorId, entryId, stageId) as VersionRow | undefined;
      return row ? withValues(row) : null;
    },
    /** Appends a version and makes it current. Call inside a transaction. */
    append(v: NewVersion): SheetVersion {
      const next = (maxVersion.get(v.jurorId, v.entryId, v.stageId) as { v: number }).v + 1;
      insertVersion.run(
        v.id,
        v.submissionId,
        v.jurorId,
        v.entryId,
        v.stageId,
        next,
        v.status,
        v.comment,
        v.createdAt,
        v.author,
        v.reason,
      );
      for (const [criterionId, value] of Object.entries(v.values))
        insertValue.run(v.id, criterionId, value);
      upsertCurrent.run(v.jurorId, v.entryId, v.stageId, v.id);
      return { ...v, version: next };
    },
    /** The current (latest) version of every sheet of a stage, drafts included. */
    currentOfStage(stageId: string): SheetVersion[] {
      return stageVersions(currentOfStage, currentValuesOfStage, stageId);
    },
    /** The counted version of every sheet of a stage: its latest submitted one. */
    submittedOfStage(stageId: string): SheetVersion[] {
      return stageVersions(submittedOfStage, submittedValuesOfStage, stageId);
    },
    history(jurorId: string, entryId: string, stageId: string): SheetVersion[] {
      return (historyOf.all(jurorId, entryId, stageId) as VersionRow[]).map(withValues);
    },
    countVersions(stageId: string): number {
      return (countAll.get(stageId) as { n: number }).n;
    },
  };
}
