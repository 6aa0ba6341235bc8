// Payload schemas of people's choice (shared/voting.ts): the voter's calls on /voter and
// the organizer's voting calls. Parsed at the edge like every other payload.
import { z } from 'zod';
import { tallyDisplays, votingModes, votingScopes } from '../voting.js';
import { idSchema, reasonSchema, text } from './primitives.js';

/** A ticket as typed or scanned: normalised by the server (normalizeTicket), bounded here. */
export const ticketInputSchema = z.string().max(40);
/** One vote per phone: the id the phone made once (getRandomValues) and keeps. */
export const phoneIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
/** Made by the phone once per vote and kept until acknowledged: resending it is safe. */
export const voteIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

const voter = { ticket: ticketInputSchema.optional(), phoneId: phoneIdSchema.optional() };
const oneVoter = (v: { ticket?: string | undefined; phoneId?: string | undefined }) =>
  (v.ticket === undefined) !== (v.phoneId === undefined);
const oneVoterMessage = { message: 'give exactly one of ticket and phoneId' };

// ---- voter ------------------------------------------------------------------------------

export const ballotGetSchema = z.object(voter).strict().refine(oneVoter, oneVoterMessage);

export const voteCastSchema = z
  .object({
    ...voter,
    voteId: voteIdSchema,
    /** The group: a category, or null for the festival-wide vote. */
    categoryId: idSchema.nullable(),
    entryId: idSchema,
  })
  .strict()
  .refine(oneVoter, oneVoterMessage);
export type VoteCastInput = z.input<typeof voteCastSchema>;

// ---- organizer --------------------------------------------------------------------------

/** Mode and scope change only while no vote is stored; display changes any time. */
export const votingSettingsSchema = z
  .object({
    mode: z.enum(votingModes).optional(),
    scope: z.enum(votingScopes).optional(),
    display: z.enum(tallyDisplays).optional(),
  })
  .strict();

export const votingOpenSchema = z
  .object({ categoryId: idSchema.nullable(), open: z.boolean() })
  .strict();

export const ticketsMakeSchema = z.object({ count: z.number().int().min(1).max(5000) }).strict();

/** Tickets by serial, from..from+count-1 (default: every ticket), for printing. */
export const ticketsListSchema = z
  .object({
    from: z.number().int().min(1).optional(),
    count: z.number().int().min(1).max(5000).optional(),
  })
  .strict();

export const ticketVoidSchema = z.object({ code: text(40).min(1), reason: reasonSchema }).strict();

/** Shows (start) or takes down (end) the favourite of a closed group on the screens named. */
export const favouriteRevealSchema = z
  .object({
    action: z.enum(['start', 'end']),
    categoryId: idSchema.nullable().optional(),
    screens: z.array(text(40).min(1)).min(1).max(50).optional(),
  })
  .strict();
