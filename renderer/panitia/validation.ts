// Form validation with the shared schemas, errors in the reader's language. zod speaks
// Indonesian or English (its own locales, switched with the page language); rules named by
// the shared schemas (params.key) and the common cases get the desk's own wording.
import i18next from 'i18next';
import { z } from 'zod';
import { en, id } from 'zod/locales';
import type { ErrorEnvelope } from '../../shared/contract/errors.js';
import { readRefusalDetail } from '../../shared/contract/refusal-details.js';
import type { TransportFailure } from '../common/socket-client.js';
import { errorText } from '../common/error-text.js';
import { currentLanguage, type Language } from '../common/i18n.js';

/** Field path ("criteria.0.name") -> message. "" holds errors that belong to no field. */
export type FieldErrors = Record<string, string>;

export function applyZodLocale(lng: Language): void {
  z.config(lng === 'id' ? id() : en());
}

type Issue = z.core.$ZodIssue;

export function issueText(issue: Issue): string {
  const t = i18next.t.bind(i18next);
  if (issue.code === 'custom') {
    const params = (issue.params ?? {}) as Record<string, unknown>;
    if (typeof params.key === 'string')
      return t(`validation.${params.key}`, { ...params, defaultValue: issue.message });
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)
    return t('validation.required');
  if (issue.code === 'too_small' && issue.origin === 'array')
    return t('validation.atLeast', { min: Number(issue.minimum) });
  if (issue.code === 'too_big' && issue.origin === 'string')
    return t('validation.tooLong', { max: Number(issue.maximum) });
  if (issue.code === 'invalid_format') return t('validation.format');
  if (issue.code === 'invalid_type' && issue.expected === 'number') return t('validation.number');
  return issue.message;
}

export const pathKey = (path: readonly PropertyKey[]): string => path.map(String).join('.');

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = pathKey(issue.path);
    out[key] ??= issueText(issue);
  }
  return out;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function check<S extends z.ZodType>(schema: S, value: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error) };
}

/**
 * A server refusal as form errors: "field: text" details go next to their field, in the
 * reader's language when the detail is one the contract lists (shared refusal-details.ts).
 */
export function serverErrors(error: ErrorEnvelope | TransportFailure): FieldErrors {
  const lng = currentLanguage();
  const out: FieldErrors = { '': errorText(error, lng) };
  if ('transport' in error) return out;
  for (const d of error.details ?? []) {
    const known = readRefusalDetail(d, lng);
    const m = known ? null : /^([\w.]+): (.+)$/.exec(d);
    const [field, text] = known ? [known.field, known.text] : [m?.[1], m?.[2]];
    if (field && text && !(field in out)) out[field] = text;
    else out[''] += `\n${d}`;
  }
  return out;
}

/** Refusals whose envelope message only says "not valid": the details carry the facts. */
const fieldRefusals: ReadonlySet<string> = new Set(['INVALID_SETUP', 'BAD_INPUT']);

/**
 * The form-level line for a refusal whose every detail sits next to a field: what to do
 * ("not saved: fix the marked fields") instead of the envelope's generic "not valid".
 */
export function refusalBanner(
  error: ErrorEnvelope | TransportFailure,
  errors: FieldErrors,
): FieldErrors {
  const placed = Object.keys(errors).some((k) => k !== '' && errors[k]);
  const onlyGeneric = errors[''] === errorText(error, currentLanguage());
  if ('transport' in error || !fieldRefusals.has(error.code) || !placed || !onlyGeneric)
    return errors;
  return { ...errors, '': i18next.t('validation.fixMarked') };
}

/** Errors under a prefix ("criteria.0."), re-keyed without it. */
export function within(errors: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors))
    if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}
