// Payload schemas of the publishing calls: the organizer's release of jurors' comments,
// the feedback sheets (lembar umpan balik) and the innovation catalogue (Katalog Inovasi).
import { z } from 'zod';
import { idSchema, text } from './primitives.js';

const lng = z.enum(['id', 'en']).default('id');

export const commentsListSchema = z.object({ stageId: idSchema }).strict();

/** publicText null withdraws the release; a text releases the comment as that text. */
export const commentReleaseSchema = z
  .object({
    stageId: idSchema,
    entryId: idSchema,
    jurorId: idSchema,
    publicText: text(4000).min(1).nullable(),
  })
  .strict();

export const feedbackHtmlSchema = z
  .object({ stageId: idSchema, lng, institution: text(300).optional() })
  .strict();

export const feedbackExportSchema = z.object({ stageId: idSchema, lng }).strict();

export const catalogueSchema = z
  .object({
    stageId: idSchema,
    lng,
    /** Places per category that get an award (Juara 1..places). */
    places: z.number().int().min(0).max(10).default(3),
    /** Needed when an entry of the stage is not locked; every page then says SEMENTARA. */
    provisionalReason: z.string().trim().min(3).max(1000).optional(),
  })
  .strict();
