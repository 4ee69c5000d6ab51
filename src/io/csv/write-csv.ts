/** Writing CSV that spreadsheets open safely: formula-looking text neutralised, RFC 4180 quoting, BOM for Excel. */
export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
/** Text starting with these makes a spreadsheet evaluate the cell (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * What a spreadsheet may drop before it looks for a formula: blanks (any Unicode space, tab, CR, LF) and invisible
 * format characters (zero-width space and joiners, word joiner, BOM, soft hyphen, direction marks).
 */
const INVISIBLE_LEAD = /^[\s\p{Cf}]+/u;
/** The signs after NFKC (fullwidth ＝＋－＠ and small ﹦﹢﹣﹫ become =+-@), and the minus sign U+2212 to be safe. */
const FORMULA_SIGNS = new Set(['=', '+', '-', '@', '\u2212']);

export function looksLikeFormula(text: string): boolean {
  if (FORMULA_START.test(text)) return true;
  const first = String.fromCodePoint(text.replace(INVISIBLE_LEAD, '').codePointAt(0) ?? 0x20);
  return FORMULA_SIGNS.has(first.normalize('NFKC'));
}

/**
 * One CSV cell. Text starting like a formula, even behind blanks or invisible characters, gets a leading apostrophe;
 * numbers stay numbers (a negative level is data, not a formula). Quoted when it holds the delimiter, a quote or a
 * line break.
 */
export function csvCell(value: CsvValue, delimiter = ',', decimalComma = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    if (!decimalComma) return String(value);
    const text = String(value).replace('.', ',');
    return text.includes(delimiter) ? `"${text}"` : text;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = looksLikeFormula(value) ? `'${value}` : value;
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows (first row = header) as UTF-8 CSV text with a BOM and CRLF line ends, as Excel expects. `decimalComma`
 * writes numbers as Vietnamese spreadsheets read them (92,5), quoted where the comma is also the delimiter.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], delimiter = ',', decimalComma = false): string {
  const lines = rows.map((row) => row.map((v) => csvCell(v, delimiter, decimalComma)).join(delimiter));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
