// CSV for spreadsheets: comma-separated, every text cell quoted when needed, CRLF lines,
// and a UTF-8 byte-order mark so Excel reads "Perangkat Daerah — Kecamatan" correctly.
// Numbers are written with a dot (2 decimals for scores) and left unquoted.

export type CsvCell = string | number | null | undefined;

const cell = (v: CsvCell): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  return /[",\r\n;]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

export function toCsv(rows: readonly CsvCell[][]): string {
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
