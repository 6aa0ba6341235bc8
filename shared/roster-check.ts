// Checks an entries/jurors import against the festival it goes into, row by row, before
// anything is written: duplicate codes, unknown categories or panels, running-order
// clashes. Pure: the organizer page runs it for the preview, the server runs it again
// before the one commit. Row numbers are the spreadsheet's own (header = row 1).
import type { Category, Entry, Panel } from './model.js';
import type { RosterImport } from './contract/setup-schemas.js';

export type RowError = {
  sheet: 'entries' | 'jurors';
  row: number;
  field: string;
  /** Names the rule, for translations (validation.<key>). */
  key: string;
  params?: Record<string, string | number>;
};

export type RosterContext = { categories: Category[]; panels: Panel[]; entries: Entry[] };

export type RosterCheck = {
  errors: RowError[];
  /** Names in the file with no category/panel yet (created when createMissing). */
  newCategories: string[];
  newPanels: string[];
};

/** Case- and spacing-insensitive name key. */
export const nameKey = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** An existing item named (or with the id) `ref`. */
export function findNamed<T extends { id: string; name: string }>(
  list: readonly T[],
  ref: string,
): T | undefined {
  const key = nameKey(ref);
  return list.find((x) => nameKey(x.id) === key) ?? list.find((x) => nameKey(x.name) === key);
}

export function checkRoster(input: RosterImport, ctx: RosterContext): RosterCheck {
  const errors: RowError[] = [];
  const newCategories = new Map<string, string>();
  const newPanels = new Map<string, string>();
  const keepEntries = input.mode === 'append' || input.entries.length === 0;
  const existing = keepEntries ? ctx.entries : [];
  const codes = new Map<string, number>(existing.map((e) => [nameKey(e.code), 0]));
  const panelRef = (name: string): string | null => {
    const p = findNamed(ctx.panels, name);
    if (p) return p.id;
    if (!input.createMissing) return null;
    newPanels.set(nameKey(name), name.trim());
    return `new:${nameKey(name)}`;
  };
  const orders = new Map<string, number>(existing.map((e) => [`${e.panelId}#${e.order}`, 0]));

  for (const e of input.entries) {
    const code = nameKey(e.code);
    const seen = codes.get(code);
    if (seen !== undefined)
      errors.push({
        sheet: 'entries',
        row: e.row,
        field: 'code',
        key: seen === 0 ? 'codeExists' : 'duplicateCode',
        params: { code: e.code, other: seen },
      });
    else codes.set(code, e.row);
    if (!findNamed(ctx.categories, e.category)) {
      if (input.createMissing) newCategories.set(nameKey(e.category), e.category.trim());
      else
        errors.push({
          sheet: 'entries',
          row: e.row,
          field: 'category',
          key: 'unknownCategory',
          params: { name: e.category },
        });
    }
    const panel = panelRef(e.panel);
    if (panel === null)
      errors.push({
        sheet: 'entries',
        row: e.row,
        field: 'panel',
        key: 'unknownPanel',
        params: { name: e.panel },
      });
    else if (e.order !== undefined) {
      const key = `${panel}#${e.order}`;
      const other = orders.get(key);
      if (other !== undefined)
        errors.push({
          sheet: 'entries',
          row: e.row,
          field: 'order',
          key: 'orderTaken',
          params: { order: e.order, other },
        });
      else orders.set(key, e.row);
    }
  }

  const jurorNames = new Map<string, number>();
  for (const j of input.jurors) {
    const panel = panelRef(j.panel);
    if (panel === null)
      errors.push({
        sheet: 'jurors',
        row: j.row,
        field: 'panel',
        key: 'unknownPanel',
        params: { name: j.panel },
      });
    const key = `${panel ?? ''}#${nameKey(j.name)}`;
    const other = jurorNames.get(key);
    if (other !== undefined)
      errors.push({
        sheet: 'jurors',
        row: j.row,
        field: 'name',
        key: 'duplicateJuror',
        params: { name: j.name, other },
      });
    else jurorNames.set(key, j.row);
  }
  errors.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet === 'entries' ? -1 : 1));
  return { errors, newCategories: [...newCategories.values()], newPanels: [...newPanels.values()] };
}

const english: Record<string, string> = {
  codeExists: 'code {code} already exists in the festival',
  duplicateCode: 'code {code} is also used in row {other}',
  unknownCategory: 'unknown category "{name}"',
  unknownPanel: 'unknown panel "{name}"',
  orderTaken: 'running order {order} is used twice in this panel (row {other})',
  duplicateJuror: 'juror "{name}" is listed twice in this panel (row {other})',
};

/** English text of a row error, for the server envelope's details and for logs. */
export function rowErrorText(e: RowError): string {
  const template = english[e.key] ?? e.key;
  const body = template.replace(/\{(\w+)\}/g, (_, k: string) => String(e.params?.[k] ?? ''));
  return `${e.sheet} row ${e.row}, ${e.field}: ${body}`;
}
