// The parts of a festival setup defined once for a festival import, a template and a desk
// edit: the festival's details, a rubric criterion (weight, scale whose step divides the
// range, level bands inside the scale) and a stage (rules, criteria whose weights sum to
// 100%). Each rule names its field and a key, so pages can translate it next to the field.
import { z } from 'zod';
import { FULL_WEIGHT_BP } from '../fixed.js';
import { defaultStageRules, maxSignatories } from '../model.js';
import { aggregationNames } from '../scoring/methods.js';
import { addRule, idSchema, isoDate, required, text, x100 } from './primitives.js';

const levelSchema = z.object({ fromX100: x100, toX100: x100, label: required(200) }).strict();

export const criterionSchema = z
  .object({
    id: idSchema,
    name: required(120),
    description: text(1000).default(''),
    weightBp: z.number().int().min(1).max(FULL_WEIGHT_BP),
    minX100: x100,
    maxX100: x100,
    stepX100: z.number().int().min(1).max(100_000),
    levels: z.array(levelSchema).max(20).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.maxX100 <= c.minX100) addRule(ctx, ['maxX100'], 'maxAboveMin', 'max must be above min');
    else if (c.maxX100 <= 0) addRule(ctx, ['maxX100'], 'maxPositive', 'max must be above 0');
    else if ((c.maxX100 - c.minX100) % c.stepX100 !== 0)
      addRule(ctx, ['stepX100'], 'stepDivides', 'the step must divide max - min');
    c.levels.forEach((l, i) => {
      if (l.fromX100 > l.toX100 || l.fromX100 < c.minX100 || l.toX100 > c.maxX100)
        addRule(
          ctx,
          ['levels', i, 'fromX100'],
          'levelRange',
          'a level band must lie within the scale, from <= to',
        );
    });
  });

/** An entry's optional details (model.ts EntryDetails); blanks are allowed everywhere. */
export const entryDetailsSchema = z
  .object({
    summary: text(2000).default(''),
    problem: text(2000).default(''),
    yearStarted: z.number().int().min(1900).max(2100).nullable().default(null),
    contact: text(300).default(''),
    link: text(500).default(''),
  })
  .strict();

/** A NIP (Nomor Induk Pegawai) has 18 digits; spaces as printed on ID cards are kept. */
const nipDigits = 18;

export const signatorySchema = z
  .object({ role: required(120), name: required(200), nip: text(40).default('') })
  .strict()
  .superRefine((s, ctx) => {
    const digits = s.nip.replace(/ /g, '');
    if (s.nip !== '' && !(digits.length === nipDigits && /^\d+$/.test(digits)))
      addRule(ctx, ['nip'], 'nip', `a NIP has ${nipDigits} digits`, { digits: nipDigits });
  });

export const festivalDetailsSchema = z
  .object({
    name: required(200),
    theme: text(300).default(''),
    venue: text(200).default(''),
    startDate: isoDate,
    endDate: isoDate,
    organizerName: text(200).default(''),
    documentNumber: text(120).default(''),
    signatories: z.array(signatorySchema).max(maxSignatories).default([]),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.endDate < f.startDate)
      addRule(ctx, ['endDate'], 'endBeforeStart', 'the last day is before the first day');
  });

const tieBreakSchema = z.union([
  z.object({ kind: z.literal('criterion'), criterionId: idSchema }).strict(),
  z.object({ kind: z.literal('other-score') }).strict(),
]);

const defaults = defaultStageRules();

export const stageRulesSchema = z
  .object({
    aggregation: z.enum(aggregationNames).default(defaults.aggregation),
    disagreementBandMicro: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .default(defaults.disagreementBandMicro),
    tieBreak: z
      .array(tieBreakSchema)
      .max(20)
      .default(() => defaultStageRules().tieBreak),
    zscoreMinSheets: z.number().int().min(2).max(1000).default(defaults.zscoreMinSheets),
  })
  .strict();

export const stageSchema = z
  .object({
    id: idSchema,
    name: required(120),
    order: z.number().int().min(0).max(100),
    finalWeightBp: z.number().int().min(0).max(FULL_WEIGHT_BP).default(0),
    rules: stageRulesSchema,
    criteria: z.array(criterionSchema).min(1).max(50),
    presentationSec: z.number().int().min(0).max(7200).default(420),
    qaSec: z.number().int().min(0).max(7200).default(780),
  })
  .strict()
  .superRefine((s, ctx) => {
    const sum = s.criteria.reduce((acc, c) => acc + c.weightBp, 0);
    if (sum !== FULL_WEIGHT_BP)
      addRule(ctx, ['criteria'], 'weightsSum', `weights sum to ${sum / 100}%, must be 100%`, {
        sum: sum / 100,
      });
    const seen = new Set<string>();
    s.criteria.forEach((c, i) => {
      if (seen.has(c.id))
        addRule(ctx, ['criteria', i, 'id'], 'duplicateId', `criterion id ${c.id} is used twice`);
      seen.add(c.id);
    });
    for (const t of s.rules.tieBreak)
      if (t.kind === 'criterion' && !seen.has(t.criterionId))
        addRule(
          ctx,
          ['rules', 'tieBreak'],
          'unknownCriterion',
          `tie-break names unknown criterion ${t.criterionId}`,
        );
  });
