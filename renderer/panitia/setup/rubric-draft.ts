// The rubric editor's working copy: numbers as the organizer types them ("7,5", "30"),
// turned into the contract's fixed-point integers only when saving (NaN when not a number,
// so the shared schema reports it next to the field).
import { parseX100 } from '../../../shared/fixed.js';
import { formatHundredths, type NumberLanguage } from '../../../shared/number-format.js';
import type { StageEditInput } from '../../../shared/contract/setup-schemas.js';
import { defaultStageRules, type Criterion, type Stage } from '../../../shared/model.js';
import { rubricPresets } from '../../../shared/presets/rubrics.js';
import { newId } from '../../common/ids.js';

export type LevelDraft = { from: string; to: string; label: string };
export type CriterionDraft = {
  id: string;
  name: string;
  description: string;
  weight: string;
  min: string;
  max: string;
  step: string;
  levels: LevelDraft[];
};
export type StageDraft = {
  id: string;
  name: string;
  order: string;
  finalWeight: string;
  aggregation: Stage['rules']['aggregation'];
  band: string;
  presentationMin: string;
  qaMin: string;
  zMin: string;
  criteria: CriterionDraft[];
  rules: Stage['rules'];
};

const num = (text: string): number => {
  const v = parseX100(text);
  return v === null || v === undefined ? Number.NaN : v;
};
const int = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function criterionDraft(c: Criterion, lng: NumberLanguage): CriterionDraft {
  const f = (v: number) => formatHundredths(v, lng, true);
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    weight: f(c.weightBp),
    min: f(c.minX100),
    max: f(c.maxX100),
    step: f(c.stepX100),
    levels: c.levels.map((l) => ({
      from: f(l.fromX100),
      to: f(l.toX100),
      label: l.label,
    })),
  };
}

export function newCriterion(lng: NumberLanguage): CriterionDraft {
  return {
    id: `k-${newId(8)}`,
    name: '',
    description: '',
    weight: '0',
    min: '1',
    max: '10',
    step: formatHundredths(50, lng, true),
    levels: [],
  };
}

export function stageDraft(s: Stage, lng: NumberLanguage): StageDraft {
  const f = (v: number) => formatHundredths(v, lng, true);
  return {
    id: s.id,
    name: s.name,
    order: String(s.order),
    finalWeight: f(s.finalWeightBp),
    aggregation: s.rules.aggregation,
    band: f(Math.round(s.rules.disagreementBandMicro / 10_000)),
    presentationMin: f(Math.round((s.presentationSec * 100) / 60)),
    qaMin: f(Math.round((s.qaSec * 100) / 60)),
    zMin: String(s.rules.zscoreMinSheets),
    criteria: s.criteria.map((c) => criterionDraft(c, lng)),
    rules: s.rules,
  };
}

export function newStageDraft(order: number, lng: NumberLanguage): StageDraft {
  const preset = rubricPresets[0];
  const rules = defaultStageRules();
  return {
    id: `babak-${newId(6)}`,
    name: '',
    order: String(order),
    finalWeight: '0',
    aggregation: rules.aggregation,
    band: formatHundredths(Math.round(rules.disagreementBandMicro / 10_000), lng, true),
    presentationMin: '7',
    qaMin: '13',
    zMin: String(rules.zscoreMinSheets),
    criteria: (preset?.criteria ?? []).map((c) => criterionDraft(c, lng)),
    rules,
  };
}

export function presetCriteria(presetId: string, lng: NumberLanguage): CriterionDraft[] {
  return (rubricPresets.find((p) => p.id === presetId)?.criteria ?? []).map((c) =>
    criterionDraft(c, lng),
  );
}

/** Sum of the typed weights in hundredths of a percent (NaN entries count as 0). */
export function weightSum(criteria: CriterionDraft[]): number {
  return criteria.reduce((acc, c) => acc + (Number.isFinite(num(c.weight)) ? num(c.weight) : 0), 0);
}

const minutesToSec = (text: string): number => {
  const v = num(text);
  return Number.isFinite(v) ? Math.round((v * 60) / 100) : Number.NaN;
};

export function toStageInput(d: StageDraft): StageEditInput {
  const ids = new Set(d.criteria.map((c) => c.id));
  return {
    id: d.id,
    name: d.name,
    order: int(d.order),
    finalWeightBp: num(d.finalWeight),
    rules: {
      ...d.rules,
      aggregation: d.aggregation,
      disagreementBandMicro: Math.round(num(d.band) * 10_000),
      zscoreMinSheets: int(d.zMin),
      // A tie-break naming a removed criterion is dropped with it.
      tieBreak: d.rules.tieBreak.filter((t) => t.kind !== 'criterion' || ids.has(t.criterionId)),
    },
    criteria: d.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      weightBp: num(c.weight),
      minX100: num(c.min),
      maxX100: num(c.max),
      stepX100: num(c.step),
      levels: c.levels.map((l) => ({ fromX100: num(l.from), toX100: num(l.to), label: l.label })),
    })),
    presentationSec: minutesToSec(d.presentationMin),
    qaSec: minutesToSec(d.qaMin),
  };
}
