// Payload schemas for the organizer's setup editing calls (one item at a time) and for the
// entries/jurors import from a spreadsheet. Custom issues carry a path to the field and
// params.key naming the rule, so a page can show the error next to the field in its own
// language; the zod message stays English for logs and the envelope's details.
// Every edit is also checked as a whole against festivalSetupSchema on the server, so an
// edited festival always exports as an importable template.
import { z } from 'zod';
import { addRule, idSchema, reasonSchema, required, text } from './primitives.js';
import { entryDetailsSchema, festivalDetailsSchema, stageSchema } from './setup-parts.js';

export { addRule, entryDetailsSchema };
export { reasonSchema };

// ---- festival, stages and rubric -------------------------------------------------------------

/** One definition for desk edits, imports and templates (setup-parts.ts). */
export { festivalDetailsSchema };
export const stageEditSchema = stageSchema;
export type FestivalDetailsInput = z.input<typeof festivalDetailsSchema>;

export type StageEdit = z.output<typeof stageEditSchema>;
export type StageEditInput = z.input<typeof stageEditSchema>;

/** A frozen rubric (sheets exist) changes only with unlockReason: the unlock is audited with it. */
export const stageSaveSchema = z
  .object({ stage: stageEditSchema, unlockReason: reasonSchema.optional() })
  .strict();
export const idOnlySchema = z.object({ id: idSchema }).strict();

// ---- categories and panels -------------------------------------------------------------------

/** Without id: a new one. Without order: placed last. */
export const namedSaveSchema = z
  .object({
    id: idSchema.optional(),
    name: required(120),
    order: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
/** Every category (or panel) id once, in the new display order. */
export const namedReorderSchema = z.object({ ids: z.array(idSchema).min(1).max(100) }).strict();

// ---- entries and jurors -------------------------------------------------------------------

export const entryEditSchema = z
  .object({
    id: idSchema.optional(),
    code: required(40),
    title: required(300),
    institution: required(300),
    categoryId: idSchema,
    panelId: idSchema,
    presenter: text(200).default(''),
    /** Running order in the panel; omitted = last. A number in use is refused. */
    order: z.number().int().min(1).max(100_000).optional(),
    /** Omitted = the stored details stay as they are; given = they replace them. */
    details: entryDetailsSchema.optional(),
  })
  .strict();
export type EntryEditInput = z.input<typeof entryEditSchema>;

export const entryReorderSchema = z
  .object({ panelId: idSchema, entryIds: z.array(idSchema).min(1).max(5000) })
  .strict();

export const jurorEditSchema = z
  .object({
    id: idSchema.optional(),
    name: required(200),
    panelId: idSchema,
    isChair: z.boolean().default(false),
    conflictInstitutions: z.array(required(300)).max(50).default([]),
    conflictEntryIds: z.array(idSchema).max(500).default([]),
  })
  .strict();
export type JurorEditInput = z.input<typeof jurorEditSchema>;

// ---- roster import (entries and jurors from a spreadsheet) ----------------------------------

/** One spreadsheet row, already mapped to fields. `row` is the row number in the sheet. */
export const entryRowSchema = z
  .object({
    row: z.number().int().min(1).max(1_000_000),
    code: required(40),
    title: required(300),
    institution: required(300),
    category: required(120),
    panel: required(120),
    presenter: text(200).default(''),
    order: z.number().int().min(1).max(100_000).optional(),
    // The entry's optional details (EntryDetails), one column each.
    summary: entryDetailsSchema.shape.summary,
    problem: entryDetailsSchema.shape.problem,
    yearStarted: entryDetailsSchema.shape.yearStarted,
    contact: entryDetailsSchema.shape.contact,
    link: entryDetailsSchema.shape.link,
  })
  .strict();
export type EntryRow = z.output<typeof entryRowSchema>;

export const jurorRowSchema = z
  .object({
    row: z.number().int().min(1).max(1_000_000),
    name: required(200),
    panel: required(120),
    isChair: z.boolean().default(false),
    /** Institutions or entry codes the juror is recused from. */
    conflicts: z.array(required(300)).max(500).default([]),
  })
  .strict();
export type JurorRow = z.output<typeof jurorRowSchema>;

export const rosterImportSchema = z
  .object({
    entries: z.array(entryRowSchema).max(5000).default([]),
    jurors: z.array(jurorRowSchema).max(500).default([]),
    /** replace: the imported list replaces the existing one (refused once sheets exist). */
    mode: z.enum(['append', 'replace']).default('append'),
    /** Create categories and panels named in the file that do not exist yet. */
    createMissing: z.boolean().default(false),
  })
  .strict();
export type RosterImport = z.output<typeof rosterImportSchema>;
