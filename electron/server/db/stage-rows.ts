// A stage's row and its criteria as both the import (setup-repo.ts) and a desk edit
// (setup-edit-repo.ts) write them: one column order for both. Callers run the writes inside
// a transaction.
import type { Criterion, Stage } from '../../../shared/model.js';
import type { Db } from './connection.js';

type StageFields = Pick<
  Stage,
  'id' | 'name' | 'order' | 'finalWeightBp' | 'rules' | 'presentationSec' | 'qaSec'
>;

/** Inserts a stage row (stageValues); a new stage's rubric is not frozen. */
export const insertStageSql = 'INSERT INTO stage VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)';

/** The stage's columns in table order, for insertStageSql. */
export const stageValues = (s: StageFields) => [
  s.id,
  s.name,
  s.order,
  s.finalWeightBp,
  s.rules.aggregation,
  s.rules.disagreementBandMicro,
  JSON.stringify(s.rules.tieBreak),
  s.rules.zscoreMinSheets,
  s.presentationSec,
  s.qaSec,
];

/** Inserts a stage's criteria; a criterion's place in the list is its order. */
export function insertCriteria(db: Db, stageId: string, criteria: readonly Criterion[]): void {
  const insert = db.prepare('INSERT INTO criterion VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  criteria.forEach((c, i) =>
    insert.run(
      stageId,
      c.id,
      i,
      c.name,
      c.description,
      c.weightBp,
      c.minX100,
      c.maxX100,
      c.stepX100,
      JSON.stringify(c.levels),
    ),
  );
}
