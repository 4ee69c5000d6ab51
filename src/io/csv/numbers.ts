/**
 * A number as Vietnamese spreadsheets write it: "12,5" or "12.5"; "1.234,5" / "1,234.5" (the later mark is the decimal);
 * "1.800.000" with several dot groups in a decimal-comma file. A single comma is always a decimal mark.
 * Returns undefined for blank or non-numeric text.
 */
export function parseCsvNumber(raw: string, decimalComma = false): number | undefined {
  const plain = plainDecimal(raw);
  if (plain !== undefined) return plain;
  let text = raw.trim().replace(/[\s\u00a0]/g, '');
  if (text === '') return undefined;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // both present: the later one is the decimal mark, the other groups thousands
    text = lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (lastComma >= 0) {
    if (/,.*,/.test(text)) text = text.replace(/,/g, '');
    else text = text.replace(',', '.');
  } else if (decimalComma && /^[+-]?\d{1,3}(\.\d{3}){2,}$/.test(text)) {
    text = text.replace(/\./g, '');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * A number written plainly: an optional sign, digits, and at most one '.' followed by digits ("-95.5", "107.123456").
 * Read without regular expressions or copies, as most cells of a large file are; undefined for anything else, which
 * the full readers then take.
 */
export function plainDecimal(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === 43 || first === 45) i = 1;
  const digitsFrom = i;
  while (i < n && text.charCodeAt(i) >= DIGIT_0 && text.charCodeAt(i) <= DIGIT_9) i++;
  if (i === digitsFrom) return undefined;
  if (i < n) {
    if (text.charCodeAt(i) !== 46) return undefined;
    const fractionFrom = ++i;
    while (i < n && text.charCodeAt(i) >= DIGIT_0 && text.charCodeAt(i) <= DIGIT_9) i++;
    if (i === fractionFrom || i < n) return undefined;
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Share of non-blank cells written with a decimal comma ("12,345"), from a sample of rows. */
export function decimalCommaShare(rows: readonly (readonly string[])[]): number {
  let numeric = 0;
  let comma = 0;
  for (const row of rows) {
    for (const cell of row) {
      const t = cell.trim();
      if (/^[+-]?\d+,\d+$/.test(t)) {
        comma++;
        numeric++;
      } else if (/^[+-]?\d+(\.\d+)?$/.test(t)) numeric++;
    }
  }
  return numeric === 0 ? 0 : comma / numeric;
}
