// CSV for spreadsheets: every text cell quoted when needed, CRLF lines, and a UTF-8
// byte-order mark so Excel reads "Perangkat Daerah — Kecamatan" correctly. The separator
// and decimal mark follow the dialect (shared/number-format.ts): Indonesian-locale Excel
// reads "82,42" separated by ';', English-locale Excel "82.42" separated by ','. Numbers
// are left unquoted and ungrouped so spreadsheets read them as numbers. Text cells are
// neutralised against formulas. Every CSV the desk writes goes through toCsv.
import {
  csvDialectFor,
  csvNumber,
  type CsvDialect,
  type NumberLanguage,
} from '../../../shared/number-format.js';

/**
 * The CSV flavours the desk offers, the language's own first: "excel-id" (';' and a decimal
 * comma, what Indonesian-locale Excel opens directly) and "intl" (',' and a dot).
 */
export function csvChoices(
  lng: NumberLanguage,
): { key: 'excel-id' | 'intl'; dialect: CsvDialect }[] {
  const id = { key: 'excel-id' as const, dialect: csvDialectFor('id') };
  const intl = { key: 'intl' as const, dialect: csvDialectFor('en') };
  return lng === 'id' ? [id, intl] : [intl, id];
}

export type CsvCell = string | number | null | undefined;

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a leading tab or
 * carriage return) gets a leading apostrophe: an entry title imported from someone's
 * spreadsheet, or anything a client sent, must open as text, never as a formula.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const cell = (v: CsvCell, dialect: CsvDialect): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return csvNumber(v, dialect);
  const text = neutralizeFormula(v);
  return /[",\r\n;]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(
  rows: readonly CsvCell[][],
  dialect: CsvDialect = { separator: ',', decimal: '.' },
): string {
  return `\uFEFF${rows.map((r) => r.map((v) => cell(v, dialect)).join(dialect.separator)).join('\r\n')}\r\n`;
}
