/** Writing CSV that spreadsheets open safely: formula-looking text neutralised, RFC 4180 quoting, BOM for Excel. */
export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
/** Text starting with these makes a spreadsheet evaluate the cell (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Text starting like a formula gets a leading apostrophe; numbers stay numbers (a negative level is
 * data, not a formula). Quoted when it holds the delimiter, a quote or a line break.
 */
export function csvCell(value: CsvValue, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (first row = header) as UTF-8 CSV text with a BOM and CRLF line ends, as Excel expects. */
export function toCsv(rows: readonly (readonly CsvValue[])[], delimiter = ','): string {
  const lines = rows.map((row) => row.map((v) => csvCell(v, delimiter)).join(delimiter));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
