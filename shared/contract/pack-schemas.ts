// The festival pack (paket festival): what one regency's festival hands to the next one's
// first day. Structure and words only: the rubric with its level descriptors and rules,
// categories, panels (rooms), stages with their timers, the screen texts and the logos,
// with a note of where it came from. Strict: a pack holding entries, jurors, codes or
// scores is refused, so nothing personal travels even in a file edited by hand.
import { z } from 'zod';
import { isoDate, text } from './primitives.js';
import { festivalSetupSchema } from './schemas.js';
import { festivalDetailsSchema, stageSchema } from './setup-parts.js';

export const PACK_FORMAT = 'panggung-pack';

export const festivalPackSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(1),
    origin: z
      .object({
        festival: text(200).min(1),
        organizer: text(200).default(''),
        venue: text(200).default(''),
        startDate: isoDate,
        endDate: isoDate,
        exportedAt: z.string().max(40),
        /** The exporting organizer's note to the next one (what worked, what to change). */
        note: text(2000).default(''),
      })
      .strict(),
    /** Screen texts: the theme on the welcome screen, the message screen's text. */
    texts: z
      .object({ theme: text(300).default(''), screenMessage: text(500).default('') })
      .strict(),
    stages: z.array(stageSchema).min(1).max(10),
    categories: festivalSetupSchema.shape.categories,
    panels: festivalSetupSchema.shape.panels,
    logos: z
      .array(
        z
          .object({
            slot: z.number().int().min(1).max(4),
            base64: z
              .string()
              .max(420_000)
              .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 only'),
          })
          .strict(),
      )
      .max(4)
      .default([]),
  })
  .strict();
export type FestivalPack = z.output<typeof festivalPackSchema>;

export const packExportSchema = z.object({ note: text(2000).default('') }).strict();

/** The pack (checked on the server again) and the new festival's own name, dates and place. */
export const packImportSchema = z
  .object({ pack: z.unknown(), festival: festivalDetailsSchema })
  .strict();

/** What a pack brings, for the preview before it is applied. Pure. */
export function packSummary(p: FestivalPack) {
  return {
    origin: p.origin,
    stages: p.stages.map((s) => ({
      name: s.name,
      timers: { presentationSec: s.presentationSec, qaSec: s.qaSec },
      aggregation: s.rules.aggregation,
      criteria: s.criteria.map((c) => ({
        name: c.name,
        weightBp: c.weightBp,
        minX100: c.minX100,
        maxX100: c.maxX100,
        levels: c.levels.length,
      })),
    })),
    categories: p.categories.map((c) => c.name),
    panels: p.panels.map((c) => c.name),
    logos: p.logos.length,
    texts: p.texts,
  };
}
