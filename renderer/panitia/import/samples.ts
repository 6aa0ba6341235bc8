// Example files for an import, in the reader's language: the header row and one example
// row, as CSV (comma-separated, BOM so Excel reads UTF-8) or as XLSX (exceljs, loaded only
// when asked: it is large). The same header names are the ones the import recognises.
import { saveTextFile, type Saved } from '../files.js';
import { toCsv } from '../paperwork/csv.js';
import { saveBinaryFile } from '../paperwork/save-binary.js';
import { fieldDefs, type RosterKind } from './mapping.js';

type T = (key: string) => string;

function sampleRows(kind: RosterKind, t: T): string[][] {
  const header = fieldDefs[kind].map((d) => t(`import.fields.${d.field}`));
  const example = t(`import.${kind}.sampleRow`).split('|');
  return [header, example];
}

/** Written by the desk's one CSV writer (quoting, formula neutralisation, BOM). */
export function sampleCsv(kind: RosterKind, t: T): string {
  return toCsv(sampleRows(kind, t));
}

export async function sampleXlsx(kind: RosterKind, t: T): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Panggung';
  const [header = [], example = []] = sampleRows(kind, t);
  const ws = wb.addWorksheet(t(`import.${kind}.sheetName`), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.addRow(header).font = { bold: true };
  // The running order stays a number; everything else is text as typed.
  ws.addRow(example.map((v) => (/^\d+$/.test(v) ? Number(v) : v)));
  header.forEach((h, i) => {
    ws.getColumn(i + 1).width = Math.max(10, h.length + 2, (example[i] ?? '').length + 2);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function saveSample(kind: RosterKind, format: 'csv' | 'xlsx', t: T): Promise<Saved> {
  const base = t(`import.${kind}.sampleBase`);
  if (format === 'csv') return saveTextFile(`${base}.csv`, sampleCsv(kind, t), 'text/csv');
  return saveBinaryFile(
    `${base}.xlsx`,
    await sampleXlsx(kind, t),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
}
