// The one number formatter for every page, paper and export: driven by the UI language.
// Bahasa Indonesia writes a decimal comma (82,42) and groups thousands with a dot (1.000);
// English writes a decimal dot and groups with a comma (1,000). Scores arrive as exact integers (hundredths or micro-points, see
// fixed.ts) and are formatted without ever passing through a float that could drift.
// Pure: no DOM, no Intl dependency on the host's locale data.
import { formatMicro, formatX100 } from './fixed.js';

export type NumberLanguage = 'id' | 'en';

/** The decimal mark of a language. */
export const decimalMark = (lng: NumberLanguage): ',' | '.' => (lng === 'id' ? ',' : '.');

/** "12345.5" (dot notation from fixed.ts) the language's way: "12.345,5" / "12,345.5". */
export function localizeDecimal(dotted: string, lng: NumberLanguage, group = true): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(dotted);
  if (!m) return dotted;
  const [, sign = '', whole = '', frac] = m;
  const sep = lng === 'id' ? '.' : ',';
  const grouped = group && whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : whole;
  return `${sign}${grouped}${frac === undefined ? '' : decimalMark(lng) + frac}`;
}

/**
 * Hundredths (a criterion score, a weight in basis points): 950 -> "9,5", 800 -> "8".
 * `forEditing` leaves out thousands grouping, for a value put into a text field.
 */
export const formatHundredths = (value: number, lng: NumberLanguage, forEditing = false): string =>
  localizeDecimal(formatX100(value), lng, !forEditing);

/** Micro-points (totals on 0-100) with fixed decimals: 82_424_999 -> "82,42". */
export const formatPoints = (micro: number, lng: NumberLanguage, decimals = 2): string =>
  localizeDecimal(formatMicro(micro, decimals), lng);

/** Any plain number (a file size, a ratio) with at most `decimals` decimals. */
export function formatPlain(value: number, lng: NumberLanguage, decimals = 2): string {
  if (!Number.isFinite(value)) return '—';
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  // Trailing zeros of the decimals only: 10 with no decimals stays "10" (not "1").
  const s = rounded
    .toFixed(decimals)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  return localizeDecimal(`${value < 0 && rounded !== 0 ? '-' : ''}${s}`, lng);
}

/** Missing values read as a dash, never as a zero. */
export const orDash = <T>(v: T | null | undefined, f: (v: T) => string, dash = '—'): string =>
  v === null || v === undefined ? dash : f(v);

/**
 * The CSV dialect a language's spreadsheet programs read by default: Indonesian-locale
 * Excel and LibreOffice expect ';' between fields and a decimal comma; English ones ','
 * and a dot.
 */
export type CsvDialect = { separator: ';' | ','; decimal: ',' | '.' };
export const csvDialectFor = (lng: NumberLanguage): CsvDialect =>
  lng === 'id' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };

/** A number for a CSV cell in a dialect: no grouping (spreadsheets would read it as text). */
export function csvNumber(value: number, dialect: CsvDialect): string {
  const s = String(value);
  return dialect.decimal === ',' ? s.replace('.', ',') : s;
}
