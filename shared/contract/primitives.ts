// The building blocks of every payload schema, defined once: ids, bounded text, dates,
// hundredths of a point, and rules that name the field they break (so a page can show the
// error next to it, in its own language).
import { z } from 'zod';
import { minReasonLength } from '../model.js';
import { hasHiddenCharacters, hasUnsafeProse } from '../text-safety.js';

export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'id: letters, digits, - and _ only');
const hiddenMessage = 'invisible or text-direction characters are not allowed';
/** A name, code or label: NFC, trimmed, bounded, nothing invisible or direction-changing. */
export const text = (max: number) =>
  z
    .string()
    .normalize('NFC')
    .trim()
    .max(max)
    .refine((s) => !hasHiddenCharacters(s), hiddenMessage);
export const required = (max: number) => text(max).min(1);
/** Free text (comments, screen messages): NFC, trimmed; joiners allowed, direction controls not. */
export const prose = (max: number) =>
  z
    .string()
    .normalize('NFC')
    .trim()
    .max(max)
    .refine((s) => !hasUnsafeProse(s), hiddenMessage);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be yyyy-mm-dd');
/** A written reason for an audited change (the rule: model.ts hasReason). */
export const reasonSchema = z
  .string()
  .trim()
  .min(minReasonLength, `reason must be at least ${minReasonLength} characters`)
  .max(1000);
/** A value in hundredths of a point (X100). */
export const x100 = z.number().int().min(-1_000_000).max(1_000_000);

type Ctx = z.core.$RefinementCtx;
/** A rule broken at a path; `key` names the rule for translations (validation.<key>). */
export function addRule(
  ctx: Ctx,
  path: PropertyKey[],
  key: string,
  message: string,
  params: Record<string, string | number> = {},
): void {
  ctx.addIssue({ code: 'custom', path, message, params: { key, ...params } });
}
