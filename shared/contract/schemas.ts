// Payload schemas: everything that arrives from a juror laptop, a screen or the organizer
// window is parsed with one of these at the edge. Types are not validation.
import { z } from 'zod';
import { privacies, sheetStatuses } from '../model.js';
import { entryActions } from '../scoring/state.js';
import { screenModeNames } from '../screen-modes.js';
import { idSchema, prose, reasonSchema, text, x100 } from './primitives.js';
import { entryDetailsSchema, festivalDetailsSchema, stageSchema } from './setup-parts.js';

export { idSchema };
/** Client-made submission ids: 8-64 url-safe characters (made with getRandomValues, not randomUUID). */
export const submissionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const reason = reasonSchema;

// ---- juror ----------------------------------------------------------------------------

/**
 * A pad's device id (random, kept for the browser tab): the same device reconnecting
 * replaces its own stale connection; another device is refused while one is live.
 */
export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
/** PINs are printed in groups ("482 559 037"): spaces and dashes typed with them are ignored. */
export const pinSchema = z
  .string()
  .max(40)
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[0-9A-Za-z]{4,12}$/));

export const jurorAuthSchema = z.union([
  z.object({ pin: pinSchema, device: deviceIdSchema.optional() }).strict(),
  z
    .object({
      token: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/),
      device: deviceIdSchema.optional(),
    })
    .strict(),
]);

export const sheetSaveSchema = z
  .object({
    submissionId: submissionIdSchema,
    entryId: idSchema,
    stageId: idSchema,
    status: z.enum(sheetStatuses),
    values: z
      .record(idSchema, x100.nullable())
      .refine((v) => Object.keys(v).length <= 50, 'too many criteria'),
    comment: prose(4000).default(''),
  })
  .strict();
export type SheetSaveInput = z.input<typeof sheetSaveSchema>;

export const emptySchema = z.object({}).strict();
export const outboxReportSchema = z
  .object({ outbox: z.number().int().min(0).max(100_000) })
  .strict();

// ---- organizer: live control ------------------------------------------------------------

export const panelStageSchema = z.object({ panelId: idSchema, stageId: idSchema }).strict();

export const presentSchema = z.object({ panelId: idSchema, entryId: idSchema.nullable() }).strict();

export const transitionSchema = z
  .object({
    entryId: idSchema,
    stageId: idSchema,
    action: z.enum(entryActions),
    reason: reason.optional(),
  })
  .strict();

export const timerSchema = z
  .object({
    panelId: idSchema,
    action: z.enum(['start-presentation', 'start-qa', 'pause', 'resume', 'reset']),
    /** Required to reset or restart a segment under way (its time is thrown away). */
    confirm: z.literal(true).optional(),
  })
  .strict();

export const correctSheetSchema = z
  .object({
    submissionId: submissionIdSchema,
    jurorId: idSchema,
    entryId: idSchema,
    stageId: idSchema,
    values: z.record(idSchema, x100.nullable()),
    comment: prose(4000).default(''),
    reason,
  })
  .strict();

export const sheetHistorySchema = z
  .object({ jurorId: idSchema, entryId: idSchema, stageId: idSchema })
  .strict();

export const releaseSchema = z
  .object({
    privacy: z.enum(privacies).optional(),
    stageId: idSchema.nullable().optional(),
    message: prose(500).optional(),
  })
  .strict();

const screenName = text(40).min(1);

export const revealSchema = z
  .object({
    action: z.enum(['start', 'next', 'back', 'end']),
    categoryId: idSchema.nullable().optional(),
    places: z.number().int().min(1).max(50).optional(),
    /** start: the screens put into the reveal (default: the main screen, `mainScreen`). */
    screens: z.array(screenName).min(1).max(50).optional(),
    /** start: confirms a reveal of a category with unlocked entries (audited; SEMENTARA). */
    provisionalReason: reason.optional(),
  })
  .strict();

export const screenModeSchema = z
  .object({
    screen: screenName,
    mode: z.enum(screenModeNames),
    panelId: idSchema.nullable().optional(),
  })
  .strict();

/**
 * Before certificates or an official export: are the results final? Refused with
 * PROVISIONAL (naming the unlocked entries) unless a reason confirms it (audited).
 */
export const officialResultsSchema = z
  .object({
    stageId: idSchema,
    /** null = every category. */
    categoryId: idSchema.nullable(),
    purpose: z.enum(['certificates', 'export']),
    provisionalReason: reason.optional(),
  })
  .strict();

/**
 * The address phones use to reach the venue (the welcome screen's QR and text): one of the
 * server's LAN addresses, chosen on the desk; null = the first LAN address.
 */
export const publicAddressSchema = z
  .object({
    base: z
      .string()
      .max(200)
      .regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, 'http://host:port')
      .nullable(),
  })
  .strict();

/** A screen reports what it really has on view (after the reveal's build-up). */
export const screenShowingSchema = z
  .object({
    mode: screenModeSchema.shape.mode,
    reveal: z
      .object({
        startedAt: z.number().int().min(0),
        place: z.number().int().min(1).max(50).nullable(),
      })
      .strict()
      .nullable(),
  })
  .strict();

/** Close a stage as a whole: unpresented entries are marked out, open ones locked. */
export const stageCloseSchema = z.object({ stageId: idSchema, reason }).strict();

export const tieDecisionSchema = z
  .object({
    stageId: idSchema,
    categoryId: idSchema.nullable(),
    entryIds: z.array(idSchema).min(2).max(50),
    decidedBy: text(120).min(1),
    reason,
  })
  .strict();

export const jurorCodeSchema = z
  .object({ jurorId: idSchema, action: z.enum(['reissue', 'revoke']) })
  .strict();

export const logoSetSchema = z
  .object({
    slot: z.number().int().min(1).max(4),
    /** The image file as base64 (PNG, JPEG or WebP, at most 300 KB), or null to clear the slot. */
    base64: z
      .string()
      .max(420_000)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 only')
      .nullable(),
  })
  .strict();

/** Festival baru: archive the current festival, then empty it; confirmed by its name. */
export const festivalNewSchema = z
  .object({ festivalName: z.string().trim().min(1).max(200) })
  .strict();

export const backupRestoreSchema = z
  .object({ file: z.string().regex(/^[A-Za-z0-9_.-]{1,120}$/), confirm: z.literal(true) })
  .strict();

// ---- festival setup (import, templates, demo) ---------------------------------------------

export const festivalSetupSchema = z
  .object({
    festival: festivalDetailsSchema,
    stages: z.array(stageSchema).min(1).max(10),
    categories: z
      .array(
        z.object({ id: idSchema, name: text(120).min(1), order: z.number().int().min(0) }).strict(),
      )
      .min(1)
      .max(100),
    panels: z
      .array(
        z.object({ id: idSchema, name: text(120).min(1), order: z.number().int().min(0) }).strict(),
      )
      .min(1)
      .max(50),
    entries: z
      .array(
        z
          .object({
            id: idSchema,
            order: z.number().int().min(1).max(100_000),
            code: text(40).min(1),
            title: text(300).min(1),
            institution: text(300).min(1),
            categoryId: idSchema,
            panelId: idSchema,
            presenter: text(200).default(''),
            details: entryDetailsSchema.optional(),
          })
          .strict(),
      )
      .max(5000),
    jurors: z
      .array(
        z
          .object({
            id: idSchema,
            name: text(200).min(1),
            panelId: idSchema,
            isChair: z.boolean().default(false),
            conflictInstitutions: z.array(text(300).min(1)).max(50).default([]),
            conflictEntryIds: z.array(idSchema).max(500).default([]),
          })
          .strict(),
      )
      .max(500),
  })
  .strict()
  .superRefine((s, ctx) => {
    const unique = (label: string, ids: string[]) => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `${label}: duplicate id ${id}` });
        seen.add(id);
      }
      return seen;
    };
    unique(
      'stages',
      s.stages.map((x) => x.id),
    );
    const categories = unique(
      'categories',
      s.categories.map((x) => x.id),
    );
    const panels = unique(
      'panels',
      s.panels.map((x) => x.id),
    );
    const entries = unique(
      'entries',
      s.entries.map((x) => x.id),
    );
    unique(
      'jurors',
      s.jurors.map((x) => x.id),
    );
    unique(
      'entry codes',
      s.entries.map((x) => x.code.toLowerCase()),
    );
    const orders = new Set<string>();
    s.entries.forEach((e, i) => {
      if (!categories.has(e.categoryId))
        ctx.addIssue({
          code: 'custom',
          message: `entries[${i}] ${e.code}: unknown category ${e.categoryId}`,
        });
      if (!panels.has(e.panelId))
        ctx.addIssue({
          code: 'custom',
          message: `entries[${i}] ${e.code}: unknown panel ${e.panelId}`,
        });
      const key = `${e.panelId}#${e.order}`;
      if (orders.has(key))
        ctx.addIssue({
          code: 'custom',
          message: `entries[${i}] ${e.code}: running order ${e.order} used twice in panel ${e.panelId}`,
        });
      orders.add(key);
    });
    s.jurors.forEach((j, i) => {
      if (!panels.has(j.panelId))
        ctx.addIssue({
          code: 'custom',
          message: `jurors[${i}] ${j.name}: unknown panel ${j.panelId}`,
        });
      for (const e of j.conflictEntryIds)
        if (!entries.has(e))
          ctx.addIssue({
            code: 'custom',
            message: `jurors[${i}] ${j.name}: unknown conflict entry ${e}`,
          });
    });
  });
export type FestivalSetup = z.output<typeof festivalSetupSchema>;
export type FestivalSetupInput = z.input<typeof festivalSetupSchema>;

export const setupImportSchema = z
  // The setup must be an object (BAD_INPUT otherwise, like any payload off its schema);
  // an object that is not a valid festival is INVALID_SETUP with details (services/setup.ts).
  .object({ setup: z.record(z.string(), z.unknown()), replace: z.boolean().default(false) })
  .strict();

/** Turns a zod error into readable detail lines for the envelope. */
export function issuesToDetails(error: z.ZodError): string[] {
  return error.issues
    .slice(0, 50)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
}
