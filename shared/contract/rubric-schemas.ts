// A rubric criterion, the same for a festival import, a template and a desk edit: weight,
// scale (min, max, step that divides the range) and level bands inside the scale.
import { z } from 'zod';
import { FULL_WEIGHT_BP } from '../fixed.js';
import { addRule, idSchema, required, text, x100 } from './primitives.js';

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
    else if ((c.maxX100 - c.minX100) % c.stepX100 !== 0) addRule(ctx, ['stepX100'], 'stepDivides', 'the step must divide max - min');
    c.levels.forEach((l, i) => {
      if (l.fromX100 > l.toX100 || l.fromX100 < c.minX100 || l.toX100 > c.maxX100)
        addRule(ctx, ['levels', i, 'fromX100'], 'levelRange', 'a level band must lie within the scale, from <= to');
    });
  });
