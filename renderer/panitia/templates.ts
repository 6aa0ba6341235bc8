// Festival templates and archives as files. A template is the setup without scores or
// access codes (setup:export), wrapped with a format tag; an import accepts the wrapper or
// a bare setup. An archive adds the results (results:get) for the record.
import { festivalSetupSchema, type FestivalSetup } from '../../shared/contract/schemas.js';
import { bridge } from './bridge.js';
import { call } from './session.js';
import { useDesk } from './store.js';
import { fileSlug, saveTextFile, type Saved } from './files.js';
import { fieldErrors } from './validation.js';

export const TEMPLATE_FORMAT = 'panggung-template';

export async function exportTemplate(): Promise<
  Saved | { ok: false; cancelled: false; error: string }
> {
  const res = await call('setup:export', {});
  if (!res.ok)
    return { ok: false, cancelled: false, error: 'transport' in res ? res.code : res.message };
  const body = {
    format: TEMPLATE_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    setup: res.data,
  };
  return saveTextFile(
    `templat-${fileSlug(res.data.festival.name)}.json`,
    `${JSON.stringify(body, null, 2)}\n`,
  );
}

export async function exportArchive(): Promise<
  Saved | { ok: false; cancelled: false; error: string }
> {
  const [setup, results] = await Promise.all([call('setup:export', {}), call('results:get', {})]);
  if (!setup.ok)
    return {
      ok: false,
      cancelled: false,
      error: 'transport' in setup ? setup.code : setup.message,
    };
  const body = {
    format: 'panggung-archive',
    version: 1,
    exportedAt: new Date().toISOString(),
    template: { format: TEMPLATE_FORMAT, version: 1, setup: setup.data },
    results: results.ok ? results.data : null,
  };
  return saveTextFile(
    `arsip-${fileSlug(setup.data.festival.name)}-${new Date().toISOString().slice(0, 10)}.json`,
    `${JSON.stringify(body, null, 2)}\n`,
  );
}

export type ReadTemplate = { ok: true; setup: FestivalSetup } | { ok: false; errors: string[] };

/** Parses a template file's text: JSON, then the shared setup schema (row-level details). */
export function readTemplate(text: string): ReadTemplate {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['json'] };
  }
  const obj = json as { format?: unknown; setup?: unknown; template?: { setup?: unknown } };
  const raw =
    obj.format === TEMPLATE_FORMAT
      ? obj.setup
      : obj.format === 'panggung-archive'
        ? obj.template?.setup
        : json;
  const parsed = festivalSetupSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      errors: Object.entries(fieldErrors(parsed.error)).map(([k, v]) => (k ? `${k}: ${v}` : v)),
    };
  return { ok: true, setup: parsed.data };
}

/** A festival from scratch: one stage with a preset rubric, one category, one panel. */
/** Electron menu "import template": the native open dialog, then the templates page. */
export async function pickTemplateFile(): Promise<void> {
  window.location.hash = '#/setup/templates';
  const res = await bridge()?.dialogs.openTemplate();
  if (!res?.ok || !res.data || !res.data.name.toLowerCase().endsWith('.json')) return;
  const bytes = Uint8Array.from(atob(res.data.base64), (c) => c.charCodeAt(0));
  useDesk.setState({
    pickedTemplate: { name: res.data.name, text: new TextDecoder().decode(bytes) },
  });
}
