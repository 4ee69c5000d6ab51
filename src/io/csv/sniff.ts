import Papa from 'papaparse';
import { unifyLineEnds } from './line-ends';
import { decimalCommaShare } from './numbers';

export type CsvDelimiter = ',' | ';' | '\t' | '|';
const CANDIDATES: readonly CsvDelimiter[] = [';', ',', '\t', '|'];
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 40;

export interface SniffedCsv {
  delimiter: CsvDelimiter;
  /** True when numbers in the sample use a decimal comma (Excel with Vietnamese regional settings). */
  decimalComma: boolean;
  /** Why the delimiter was chosen, for the import dialog. */
  reason: string;
}

function sampleRows(text: string, delimiter: CsvDelimiter): string[][] {
  const sample = unifyLineEnds(text.slice(0, SAMPLE_CHARS), delimiter);
  const parsed = Papa.parse<string[]>(sample, { delimiter, newline: '\n', preview: SAMPLE_ROWS, skipEmptyLines: 'greedy' });
  return parsed.data;
}

/**
 * The delimiter that splits most rows into the same number (>1) of cells. Papaparse's own guess prefers ',' when a
 * ';' file carries decimal commas ("12,5"), since those give more cells; consistency across rows is the better test.
 */
export function sniffCsv(text: string): SniffedCsv {
  let best: { delimiter: CsvDelimiter; score: number; width: number; rows: string[][] } | null = null;
  for (const delimiter of CANDIDATES) {
    const rows = sampleRows(text, delimiter);
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let width = 1;
    let agree = 0;
    for (const [w, n] of counts) if (n > agree || (n === agree && w > width)) [width, agree] = [w, n];
    if (width < 2) continue;
    const score = agree / rows.length;
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) < 1e-9 && width > best.width)) {
      best = { delimiter, score, width, rows };
    }
  }
  if (!best) return { delimiter: ',', decimalComma: false, reason: 'no delimiter splits the rows; assumed comma' };
  const decimalComma = best.delimiter !== ',' && decimalCommaShare(best.rows) > 0.2;
  const name = best.delimiter === '\t' ? 'tab' : `"${best.delimiter}"`;
  return {
    delimiter: best.delimiter,
    decimalComma,
    reason: `${name} splits ${Math.round(best.score * 100)}% of the first rows into ${best.width} columns`
      + (decimalComma ? '; numbers use a decimal comma' : ''),
  };
}

/**
 * Index of the header among the first rows: Excel exports often start with a title ("DANH SÁCH TRẠM BTS") or blank
 * lines. The header is the first row whose recognised column count is highest; ties go to the earliest.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], recognised: (cells: readonly string[]) => number): number {
  let bestIndex = 0;
  let bestHits = 0;
  const limit = Math.min(rows.length, 10);
  for (let i = 0; i < limit; i++) {
    const cells = rows[i] ?? [];
    const filled = cells.filter((c) => c.trim() !== '').length;
    if (filled < 2) continue;
    const hits = recognised(cells);
    if (hits > bestHits) {
      bestHits = hits;
      bestIndex = i;
    }
  }
  if (bestHits > 0) return bestIndex;
  const first = rows.findIndex((r) => r.filter((c) => c.trim() !== '').length >= 2);
  return first < 0 ? 0 : first;
}
