// One way for a desk form to save: check with the shared schema (errors next to the
// fields), send one call, show the server's refusal the same way. Nothing is half-saved:
// the server commits a call whole or not at all.
import { useState } from 'react';
import type { z } from 'zod';
import type { CallResult } from '../common/socket-client.js';
import { check, refusalBanner, serverErrors, type FieldErrors } from './validation.js';

export function useForm() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);

  async function submit<S extends z.ZodType, R>(
    schema: S,
    value: z.input<S>,
    send: () => Promise<CallResult<R>>,
  ): Promise<R | null> {
    const checked = check(schema, value);
    if (!checked.ok) {
      setErrors(checked.errors);
      setSavedAt(null);
      return null;
    }
    setPending(true);
    const res = await send();
    setPending(false);
    if (!res.ok) {
      setErrors(refusalBanner(res, unplacedToForm(serverErrors(res), value)));
      setSavedAt(null);
      return null;
    }
    setErrors({});
    setSavedAt(Date.now());
    return res.data;
  }

  const reset = () => {
    setErrors({});
    setSavedAt(null);
  };
  return { errors, setErrors, pending, savedAt, submit, reset };
}

/** A server detail naming no field of this form (e.g. "stages.1: ...") joins the form-level message. */
export function unplacedToForm(errors: FieldErrors, value: unknown): FieldErrors {
  const fields =
    typeof value === 'object' && value !== null ? new Set(Object.keys(value)) : new Set<string>();
  const out: FieldErrors = { '': errors[''] ?? '' };
  for (const [k, v] of Object.entries(errors)) {
    if (k === '') continue;
    if (fields.has(k.split('.')[0] ?? '')) out[k] = v;
    else out[''] = `${out['']}\n${k}: ${v}`;
  }
  return out;
}
