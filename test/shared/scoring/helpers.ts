// Small builders for scoring tests: plain data, no mocks.
import type {
  Criterion,
  Entry,
  Juror,
  SheetStatus,
  SheetValues,
  SheetVersion,
  Stage,
  StageRules,
} from '../../../shared/model.js';
import type { StageInput, TieDecision } from '../../../shared/scoring/types.js';

export function crit(
  id: string,
  weightBp: number,
  maxX100 = 1000,
  minX100 = 0,
  stepX100 = 50,
): Criterion {
  return { id, name: id, description: '', weightBp, minX100, maxX100, stepX100, levels: [] };
}

export const defaultRules: StageRules = {
  aggregation: 'mean',
  disagreementBandMicro: 20_000_000,
  tieBreak: [],
  zscoreMinSheets: 5,
};

export function stage(
  criteria: Criterion[],
  rules: Partial<StageRules> = {},
  id = 'st1',
  finalWeightBp = 0,
): Stage {
  return {
    id,
    name: id,
    order: 1,
    finalWeightBp,
    rules: { ...defaultRules, ...rules },
    criteria,
    presentationSec: 420,
    qaSec: 780,
    rubricFrozen: false,
  };
}

export function entry(id: string, order: number, more: Partial<Entry> = {}): Entry {
  return {
    id,
    order,
    code: id.toUpperCase(),
    title: id,
    institution: `inst-${id}`,
    categoryId: 'cat1',
    panelId: 'p1',
    presenter: '',
    ...more,
  };
}

export function juror(id: string, more: Partial<Juror> = {}): Juror {
  return {
    id,
    name: id,
    panelId: 'p1',
    isChair: false,
    conflictInstitutions: [],
    conflictEntryIds: [],
    ...more,
  };
}

let seq = 0;
export function sheet(
  jurorId: string,
  entryId: string,
  values: SheetValues,
  status: SheetStatus = 'submitted',
  stageId = 'st1',
): SheetVersion {
  seq += 1;
  return {
    id: `sh${seq}`,
    submissionId: `sub-${seq}-xxxxxxxx`,
    jurorId,
    entryId,
    stageId,
    version: 1,
    status,
    values,
    comment: '',
    createdAt: 0,
    author: 'juror',
    reason: null,
  };
}

/** Values giving each criterion `x` (hundredths). */
export function all(criteria: Criterion[], x: number): SheetValues {
  return Object.fromEntries(criteria.map((c) => [c.id, x]));
}

export function input(
  s: Stage,
  entries: Entry[],
  jurors: Juror[],
  sheets: SheetVersion[],
  tieDecisions: TieDecision[] = [],
): StageInput {
  return {
    stage: s,
    entries,
    jurors,
    categories: [
      { id: 'cat1', name: 'OPD', order: 1 },
      { id: 'cat2', name: 'Sekolah', order: 2 },
    ],
    sheets,
    tieDecisions,
  };
}
