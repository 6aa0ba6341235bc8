// Reads an organizer's spreadsheet in the page: XLSX with exceljs (loaded only when a file
// is picked: it is large) or CSV (our own small parser: Excel in an Indonesian locale
// writes ";" as the separator, elsewhere ","; both, and tabs, are detected). Every cell
// becomes text; row numbers are the spreadsheet's own. Real government sheets start with
// a title ("DAFTAR INOVASI PESERTA ...", often merged across the table) and blank rows:
// the header row is detected (see detectHeaderRow), the organizer can change it, and only
// the rows below it are data. A merged cell counts once, in its top-left cell.

export type SheetRow = { row: number; cells: string[] };
export type SheetData = {
  name: string;
  /** Every row with some text, in order (what the header-row choice offers). */
  all: SheetRow[];
  /** The spreadsheet row number of the header (0 when the sheet is empty). */
  headerRow: number;
  header: string[];
  /** The data rows below the header. */
  rows: SheetRow[];
};

export async function readSpreadsheet(file: File): Promise<SheetData[]> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.txt'))
    return [csvSheet(file.name, await file.text())];
  if (name.endsWith('.xlsx')) return readXlsx(await file.arrayBuffer());
  throw new Error('unsupported');
}

async function readXlsx(buffer: ArrayBuffer): Promise<SheetData[]> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer);
  const out: SheetData[] = [];
  wb.eachSheet((ws) => {
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      const cells: string[] = [];
      r.eachCell({ includeEmpty: true }, (cell, col) => {
        // The other cells of a merged range repeat the top-left cell's value: blank them,
        // or a merged title would read as the same text in every column.
        const covered = cell.isMerged && cell.master.address !== cell.address;
        cells[col - 1] = covered ? '' : cellText(cell.value, cell.text);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    out.push(withDetectedHeader(ws.name, rows));
  });
  return out;
}

function cellText(value: unknown, text: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: Array<{ text: string }>; text?: unknown };
    if (v.richText)
      return v.richText
        .map((p) => p.text)
        .join('')
        .trim();
    if (v.result !== undefined) return cellText(v.result, '');
    if (typeof v.text === 'string') return v.text.trim();
  }
  return String(text ?? '').trim();
}

const filledCount = (r: SheetRow) => r.cells.filter((c) => c.trim() !== '').length;
const isNumberLike = (c: string) => /^\(?-?\d+([.,]\d+)?\)?\.?$/.test(c.trim());

/** How many rows from the top may hold the title and notes before the table's header. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The header row of a table: among the first rows, the one naming the most known columns
 * (`isKnown`: a field's Indonesian or English name); when none names two, the first row
 * that is about as wide as the table and mostly text (a title spans one merged cell, a
 * data row has numbers). Returns the spreadsheet row number, 0 for an empty sheet.
 */
export function detectHeaderRow(rows: SheetRow[], isKnown: (cell: string) => boolean): number {
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  let best: SheetRow | undefined;
  let bestKnown = 0;
  for (const r of top) {
    const known = new Set(r.cells.filter((c) => c.trim() !== '' && isKnown(c))).size;
    if (known > bestKnown) [best, bestKnown] = [r, known];
  }
  if (best && bestKnown >= 2) return best.row;
  const width = Math.max(0, ...rows.slice(0, 50).map(filledCount));
  const wide = top.find((r) => {
    const n = filledCount(r);
    const numbers = r.cells.filter((c) => c.trim() !== '' && isNumberLike(c)).length;
    return n >= Math.max(2, Math.ceil(width * 0.6)) && numbers * 2 < n;
  });
  return (wide ?? best ?? rows[0])?.row ?? 0;
}

/**
 * A column-number row under the header ("1 2 3 ..." or "(1) (2) (3)", common in official
 * tables) is not data.
 */
function isColumnNumbers(r: SheetRow): boolean {
  const filled = r.cells.map((c) => c.trim()).filter(Boolean);
  return filled.length >= 2 && filled.every((c, i) => c.replace(/[().]/g, '') === String(i + 1));
}

/** The table with the header at spreadsheet row `headerRow`; the data rows follow it. */
export function withHeaderAt(sheet: Pick<SheetData, 'name' | 'all'>, headerRow: number): SheetData {
  const at = sheet.all.findIndex((r) => r.row === headerRow);
  const head = sheet.all[at];
  if (!head) return { name: sheet.name, all: sheet.all, headerRow: 0, header: [], rows: [] };
  const below = sheet.all.slice(at + 1);
  const rows = below[0] && isColumnNumbers(below[0]) ? below.slice(1) : below;
  return {
    name: sheet.name,
    all: sheet.all,
    headerRow,
    header: head.cells.map((c) => c.trim()),
    rows,
  };
}

/** Rows with no text at all are dropped; the header is detected without knowing the kind. */
function withDetectedHeader(name: string, rows: SheetRow[]): SheetData {
  const all = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  return withHeaderAt(
    { name, all },
    detectHeaderRow(all, () => false),
  );
}

export function detectDelimiter(firstLine: string): string {
  const counts = [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]?.n ? counts[0].d : ',';
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(src.split(/\r?\n/, 1)[0] ?? '');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

export function csvSheet(name: string, text: string): SheetData {
  return withDetectedHeader(
    name,
    parseCsv(text).map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) })),
  );
}
