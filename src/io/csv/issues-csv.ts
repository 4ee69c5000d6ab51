import type { ImportIssue } from '../../domain/model/types';
import { toCsv, type CsvValue } from './write-csv';

const HEADER = ['line', 'column', 'value', 'reason', 'severity', 'excluded'] as const;

type ReportIssue = ImportIssue & { excluded?: boolean };

/**
 * The validation report of an import as CSV (UTF-8 with BOM), errors first, then by line; file-wide issues on top.
 * `reasonOf` gives the reason in the reader's language (io words nothing: the caller renders it, i18n/import-strings
 * `issueReason`); rows the user excluded stay in the report, marked in the last column.
 */
export function issuesToCsv<T extends ReportIssue>(issues: readonly T[], reasonOf: (issue: T) => string): string {
  const sorted = [...issues].sort((a, b) =>
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || (a.line ?? 0) - (b.line ?? 0));
  const rows: CsvValue[][] = [[...HEADER]];
  for (const i of sorted) rows.push([i.line ?? null, i.column ?? null, i.value ?? null, reasonOf(i), i.severity, i.excluded ? 'excluded' : null]);
  return toCsv(rows);
}
