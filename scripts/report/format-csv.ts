import { csvCell, toCsv } from '../../src/io/csv/write-csv';
import type { Row } from './build-report';

/** Formula-safe cell writer shared with the CSV import's issue report. */
export { csvCell };

/** A table as UTF-8 CSV with a BOM (so Excel reads Vietnamese names) and CRLF line ends; columns in first-seen order. */
export function formatCsv(rows: readonly Row[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  return toCsv([columns, ...rows.map((row) => columns.map((c) => row[c] ?? null))]);
}
