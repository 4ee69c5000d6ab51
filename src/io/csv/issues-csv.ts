import type { ImportIssue } from '../../domain/model/types';
import { toCsv, type CsvValue } from './write-csv';

const HEADER = ['line', 'column', 'value', 'reason', 'severity'] as const;

/** The validation report of an import as CSV (UTF-8 with BOM), errors first, then by line; file-wide issues on top. */
export function issuesToCsv(issues: readonly ImportIssue[]): string {
  const sorted = [...issues].sort((a, b) =>
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || (a.line ?? 0) - (b.line ?? 0));
  const rows: CsvValue[][] = [[...HEADER]];
  for (const i of sorted) rows.push([i.line ?? null, i.column ?? null, i.value ?? null, i.reason, i.severity]);
  return toCsv(rows);
}
