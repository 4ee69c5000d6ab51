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

/** One site of the quarter's diff in the report: the change as a code, its distance when moved, its detail in words. */
export interface SiteDiffRow {
  siteId: string;
  /** 'removed' and 'kept': a current site the file does not list, which the commit removes or keeps. */
  change: 'added' | 'removed' | 'kept' | 'moved' | 'changed';
  metres: number | null;
  detail: string;
}

const DIFF_HEADER = ['site_id', 'change', 'distance_m', 'detail'] as const;

/**
 * The import's report: the issues (issuesToCsv), then, after an empty row, the quarter's diff against the carrier's
 * current sites with its own header (left out when there is no diff).
 */
export function importReportCsv<T extends ReportIssue>(
  issues: readonly T[], reasonOf: (issue: T) => string, diff: readonly SiteDiffRow[] | null,
): string {
  const report = issuesToCsv(issues, reasonOf);
  if (diff === null) return report;
  const rows: CsvValue[][] = [[...DIFF_HEADER]];
  for (const d of diff) rows.push([d.siteId, d.change, d.metres === null ? null : Math.round(d.metres), d.detail]);
  // the BOM belongs at the start of the file only
  return `${report}\r\n${toCsv(rows).replace(/^\uFEFF/, '')}`;
}
