// The festival setup aggregate: festival, stages + criteria, categories, panels, entries,
// jurors. Read as a whole (it is small) and replaced as a whole by an import.
import type {
  Category,
  Criterion,
  Entry,
  Festival,
  Juror,
  Panel,
  Stage,
  TieBreakRule,
  LevelDescriptor,
} from '../../../shared/model.js';
import type { FestivalSetup } from '../../../shared/contract/schemas.js';
import type { Db } from './connection.js';
import { festivalTables } from './schema-tables.js';
import { createEntryDetailRepo } from './entry-detail-repo.js';
import { readFestival, writeFestival } from './festival-repo.js';
import { insertCriteria, insertStageSql, stageValues } from './stage-rows.js';

type StageRow = {
  id: string;
  name: string;
  ord: number;
  final_weight_bp: number;
  aggregation: Stage['rules']['aggregation'];
  disagreement_band_micro: number;
  tie_break_json: string;
  zscore_min_sheets: number;
  presentation_sec: number;
  qa_sec: number;
  rubric_frozen: number;
};
type CriterionRow = {
  stage_id: string;
  id: string;
  ord: number;
  name: string;
  description: string;
  weight_bp: number;
  min_x100: number;
  max_x100: number;
  step_x100: number;
  levels_json: string;
};
type NamedRow = { id: string; name: string; ord: number };
type EntryRow = {
  id: string;
  ord: number;
  code: string;
  title: string;
  institution: string;
  category_id: string;
  panel_id: string;
  presenter: string;
};
export type JurorRow = {
  id: string;
  name: string;
  panel_id: string;
  is_chair: number;
  conflict_institutions_json: string;
  conflict_entry_ids_json: string;
  pin: string;
  token: string;
  revoked: number;
};

export type SetupState = {
  festival: Festival;
  stages: Stage[];
  categories: Category[];
  panels: Panel[];
  entries: Entry[];
  jurors: Array<Juror & { pin: string; token: string; revoked: boolean }>;
};

export function loadSetup(db: Db): SetupState | null {
  const festival = readFestival(db);
  if (!festival) return null;
  const criteria = db
    .prepare('SELECT * FROM criterion ORDER BY stage_id, ord')
    .all() as CriterionRow[];
  const stages = (db.prepare('SELECT * FROM stage ORDER BY ord, id').all() as StageRow[]).map(
    (s): Stage => ({
      id: s.id,
      name: s.name,
      order: s.ord,
      finalWeightBp: s.final_weight_bp,
      rules: {
        aggregation: s.aggregation,
        disagreementBandMicro: s.disagreement_band_micro,
        tieBreak: JSON.parse(s.tie_break_json) as TieBreakRule[],
        zscoreMinSheets: s.zscore_min_sheets,
      },
      criteria: criteria.filter((c) => c.stage_id === s.id).map(toCriterion),
      presentationSec: s.presentation_sec,
      qaSec: s.qa_sec,
      rubricFrozen: s.rubric_frozen === 1,
    }),
  );
  const named = (table: 'category' | 'panel') =>
    (db.prepare(`SELECT id, name, ord FROM ${table} ORDER BY ord, id`).all() as NamedRow[]).map(
      (r) => ({ id: r.id, name: r.name, order: r.ord }),
    );
  const entries = (
    db.prepare('SELECT * FROM entry ORDER BY panel_id, ord').all() as EntryRow[]
  ).map((e): Entry => ({
    id: e.id,
    order: e.ord,
    code: e.code,
    title: e.title,
    institution: e.institution,
    categoryId: e.category_id,
    panelId: e.panel_id,
    presenter: e.presenter,
  }));
  const jurors = (
    db.prepare('SELECT * FROM juror ORDER BY panel_id, name').all() as JurorRow[]
  ).map(toJuror);
  return {
    festival,
    stages,
    categories: named('category'),
    panels: named('panel'),
    entries,
    jurors,
  };
}

function toCriterion(c: CriterionRow): Criterion {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    weightBp: c.weight_bp,
    minX100: c.min_x100,
    maxX100: c.max_x100,
    stepX100: c.step_x100,
    levels: JSON.parse(c.levels_json) as LevelDescriptor[],
  };
}

export function toJuror(j: JurorRow): Juror & { pin: string; token: string; revoked: boolean } {
  return {
    id: j.id,
    name: j.name,
    panelId: j.panel_id,
    isChair: j.is_chair === 1,
    conflictInstitutions: JSON.parse(j.conflict_institutions_json) as string[],
    conflictEntryIds: JSON.parse(j.conflict_entry_ids_json) as string[],
    pin: j.pin,
    token: j.token,
    revoked: j.revoked === 1,
  };
}

export type JurorCodes = { pin: string; token: string };

/** Writes a whole setup into an empty festival (the caller runs it in a transaction). */
export function insertSetup(
  db: Db,
  festivalId: string,
  setup: FestivalSetup,
  codes: (jurorId: string) => JurorCodes,
): void {
  writeFestival(db, { ...setup.festival, id: festivalId }, 'insert');
  const stage = db.prepare(insertStageSql);
  for (const s of setup.stages) {
    stage.run(...stageValues(s));
    insertCriteria(db, s.id, s.criteria);
  }
  const cat = db.prepare('INSERT INTO category VALUES (?, ?, ?)');
  for (const c of setup.categories) cat.run(c.id, c.name, c.order);
  const panel = db.prepare('INSERT INTO panel VALUES (?, ?, ?)');
  for (const p of setup.panels) panel.run(p.id, p.name, p.order);
  const entry = db.prepare('INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const details = createEntryDetailRepo(db);
  for (const e of setup.entries) {
    entry.run(e.id, e.order, e.code, e.title, e.institution, e.categoryId, e.panelId, e.presenter);
    if (e.details) details.save(e.id, e.details);
  }
  const juror = db.prepare('INSERT INTO juror VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)');
  for (const j of setup.jurors) {
    const c = codes(j.id);
    juror.run(
      j.id,
      j.name,
      j.panelId,
      j.isChair ? 1 : 0,
      JSON.stringify(j.conflictInstitutions),
      JSON.stringify(j.conflictEntryIds),
      c.pin,
      c.token,
    );
  }
}

/**
 * Removes the whole festival, scores included: every table of the schema except the kept
 * ones (settings and the audit trail). The caller audits and runs it in a transaction.
 */
export function deleteFestival(db: Db): void {
  for (const t of festivalTables(db).reverse()) db.exec(`DELETE FROM "${t}"`);
}

export function setJurorCodes(db: Db, jurorId: string, codes: JurorCodes, revoked: boolean): void {
  db.prepare('UPDATE juror SET pin = ?, token = ?, revoked = ? WHERE id = ?').run(
    codes.pin,
    codes.token,
    revoked ? 1 : 0,
    jurorId,
  );
}

export function findJurorByPin(db: Db, pin: string): JurorRow | undefined {
  return db.prepare('SELECT * FROM juror WHERE pin = ?').get(pin) as JurorRow | undefined;
}

export function findJurorByToken(db: Db, token: string): JurorRow | undefined {
  return db.prepare('SELECT * FROM juror WHERE token = ?').get(token) as JurorRow | undefined;
}

export function freezeRubric(db: Db, stageId: string): void {
  db.prepare('UPDATE stage SET rubric_frozen = 1 WHERE id = ? AND rubric_frozen = 0').run(stageId);
}
