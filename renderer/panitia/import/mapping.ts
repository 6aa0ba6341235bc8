// From spreadsheet rows to import rows: which column holds which field (guessed from the
// header, changeable by the organizer), then each row checked with the shared row schema
// and the whole file with the shared roster check, so the preview shows every error with
// its spreadsheet row number before anything is sent.
import {
  entryRowSchema,
  jurorRowSchema,
  type EntryRow,
  type JurorRow,
} from '../../../shared/contract/setup-schemas.js';
import {
  checkRoster,
  nameKey,
  type RosterContext,
  type RowError,
} from '../../../shared/roster-check.js';
import { issueText } from '../validation.js';
import { detectHeaderRow, withHeaderAt, type SheetData } from './read-sheet.js';

export type RosterKind = 'entries' | 'jurors';
export type FieldDef = { field: string; required: boolean; synonyms: string[] };

export const fieldDefs: Record<RosterKind, FieldDef[]> = {
  entries: [
    {
      field: 'code',
      required: true,
      synonyms: ['kode', 'code', 'no peserta', 'nomor peserta', 'id'],
    },
    {
      field: 'title',
      required: true,
      synonyms: ['judul', 'nama inovasi', 'inovasi', 'title', 'judul inovasi'],
    },
    {
      field: 'institution',
      required: true,
      synonyms: ['instansi', 'opd', 'lembaga', 'institution', 'perangkat daerah'],
    },
    { field: 'category', required: true, synonyms: ['kategori', 'klaster', 'cluster', 'category'] },
    { field: 'panel', required: true, synonyms: ['panel', 'ruang', 'room'] },
    {
      field: 'presenter',
      required: false,
      synonyms: ['penyaji', 'presenter', 'pemapar', 'presentan'],
    },
    {
      field: 'order',
      required: false,
      synonyms: ['urutan', 'no urut', 'nomor urut', 'order', 'urut'],
    },
    // The entry's optional details (EntryDetails).
    {
      field: 'summary',
      required: false,
      synonyms: ['ringkasan', 'deskripsi', 'deskripsi singkat', 'summary', 'description'],
    },
    {
      field: 'problem',
      required: false,
      synonyms: [
        'masalah',
        'permasalahan',
        'masalah yang diselesaikan',
        'problem',
        'problem solved',
      ],
    },
    {
      field: 'yearStarted',
      required: false,
      synonyms: [
        'tahun',
        'tahun mulai',
        'tahun dimulai',
        'tahun implementasi',
        'year started',
        'year',
      ],
    },
    {
      field: 'contact',
      required: false,
      synonyms: ['kontak', 'narahubung', 'contact person', 'contact', 'kontak person'],
    },
    {
      field: 'link',
      required: false,
      synonyms: ['tautan', 'link', 'dokumen', 'nama dokumen', 'url', 'document'],
    },
  ],
  jurors: [
    { field: 'name', required: true, synonyms: ['nama', 'nama juri', 'juri', 'name'] },
    { field: 'panel', required: true, synonyms: ['panel', 'ruang', 'room'] },
    { field: 'isChair', required: false, synonyms: ['ketua', 'ketua juri', 'chair'] },
    {
      field: 'conflicts',
      required: false,
      synonyms: ['konflik', 'konflik kepentingan', 'conflicts', 'conflict'],
    },
  ],
};

/** field -> column index (-1 = not in the file). */
export type Mapping = Record<string, number>;

export function guessMapping(kind: RosterKind, header: string[]): Mapping {
  const keys = header.map(nameKey);
  const out: Mapping = {};
  for (const def of fieldDefs[kind]) {
    const exact = keys.findIndex((k) => def.synonyms.includes(k));
    const loose = keys.findIndex((k) => def.synonyms.some((s) => k.includes(s)));
    out[def.field] = exact >= 0 ? exact : loose;
  }
  return out;
}

/** A header cell naming one of the kind's fields (exactly, after spacing and case). */
export function headerMatcher(kind: RosterKind): (cell: string) => boolean {
  const names = new Set(fieldDefs[kind].flatMap((d) => d.synonyms));
  return (cell) => names.has(nameKey(cell.replace(/[.:*]/g, ' ')));
}

/** The sheet with its header row detected for this kind of list. */
export const detectTable = (kind: RosterKind, sheet: SheetData): SheetData =>
  withHeaderAt(sheet, detectHeaderRow(sheet.all, headerMatcher(kind)));

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'x', '✓', 'v', 'ketua', 'chair']);

function rawRow(
  kind: RosterKind,
  row: number,
  cells: string[],
  mapping: Mapping,
): Record<string, unknown> {
  const get = (f: string) => {
    const i = mapping[f] ?? -1;
    return i >= 0 ? (cells[i] ?? '').trim() : '';
  };
  if (kind === 'entries') {
    const order = get('order');
    const year = get('yearStarted');
    return {
      row,
      code: get('code'),
      title: get('title'),
      institution: get('institution'),
      category: get('category'),
      panel: get('panel'),
      presenter: get('presenter'),
      order: order === '' ? undefined : /^\d+$/.test(order) ? Number(order) : order,
      summary: get('summary'),
      problem: get('problem'),
      yearStarted: year === '' ? null : /^\d{4}$/.test(year) ? Number(year) : year,
      contact: get('contact'),
      link: get('link'),
    };
  }
  return {
    row,
    name: get('name'),
    panel: get('panel'),
    isChair: YES.has(nameKey(get('isChair'))),
    conflicts: get('conflicts')
      .split(/[;\n|]/)
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

export type Prepared = {
  entries: EntryRow[];
  jurors: JurorRow[];
  errors: RowError[];
  newCategories: string[];
  newPanels: string[];
};

export function prepare(
  kind: RosterKind,
  sheet: SheetData,
  mapping: Mapping,
  opts: { mode: 'append' | 'replace'; createMissing: boolean },
  ctx: RosterContext,
): Prepared {
  const errors: RowError[] = [];
  const entries: EntryRow[] = [];
  const jurors: JurorRow[] = [];
  for (const def of fieldDefs[kind])
    if (def.required && (mapping[def.field] ?? -1) < 0)
      errors.push({
        sheet: kind,
        row: sheet.headerRow,
        field: def.field,
        key: 'columnMissing',
        params: { header: sheet.headerRow },
      });
  if (errors.length > 0) return { entries, jurors, errors, newCategories: [], newPanels: [] };
  for (const r of sheet.rows) {
    const raw = rawRow(kind, r.row, r.cells, mapping);
    const parsed =
      kind === 'entries' ? entryRowSchema.safeParse(raw) : jurorRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({
          sheet: kind,
          row: r.row,
          field: String(issue.path[0] ?? ''),
          key: 'issue',
          params: { text: issueText(issue) },
        });
    } else if (kind === 'entries') entries.push(parsed.data as EntryRow);
    else jurors.push(parsed.data as JurorRow);
  }
  const roster = checkRoster(
    { entries, jurors, mode: opts.mode, createMissing: opts.createMissing },
    ctx,
  );
  const all = [...errors, ...roster.errors].sort((a, b) => a.row - b.row);
  return {
    entries,
    jurors,
    errors: all,
    newCategories: roster.newCategories,
    newPanels: roster.newPanels,
  };
}
