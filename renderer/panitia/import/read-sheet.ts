// Reads an organizer's spreadsheet in the page: XLSX with exceljs (loaded only when a file
// is picked: it is large) or CSV (our own small parser: Excel in an Indonesian locale
// writes ";" as the separator, elsewhere ","; both, and tabs, are detected). Every cell
// becomes text; row numbers are the spreadsheet's own (the header is row 1).

export type SheetRow = { row: number; cells: string[] };
export type SheetData = { name: string; header: string[]; rows: SheetRow[] };

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
        cells[col - 1] = cellText(cell.value, cell.text);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    out.push(withHeader(ws.name, rows));
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

/** The first non-empty row is the header; rows with no text at all are skipped. */
function withHeader(name: string, rows: SheetRow[]): SheetData {
  const filled = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rest] = filled;
  return { name, header: (head?.cells ?? []).map((c) => c.trim()), rows: rest };
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
  return withHeader(
    name,
    parseCsv(text).map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) })),
  );
}
