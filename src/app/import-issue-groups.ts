/**
 * Issues of a read, grouped by kind for the report table: a file with 200,000 bad rows lists the first few of each
 * kind with exact counts, instead of 200,000 table rows.
 */
import type { ImportIssue } from '../domain/model/types';
import type { CsvRowIssue } from '../io/csv';

export type ShownIssue = ImportIssue | CsvRowIssue;

export interface IssueGroup {
  /** Stable across re-reads: severity and reason code (the rejected row's own reason for rejections). */
  key: string;
  severity: ImportIssue['severity'];
  /** Issues about the whole file rather than a line. */
  fileWide: boolean;
  issues: ShownIssue[];
}

function kindOf(issue: ShownIssue): string {
  if (issue.line === undefined) return 'file';
  if (!('code' in issue)) return issue.severity;
  const nested = issue.params.reasonCode;
  return `${issue.severity}:${issue.code}${typeof nested === 'string' ? `:${nested}` : ''}`;
}

/** Groups in the order the report shows them: whole-file issues, then errors, then warnings, each by first line. */
export function groupIssues(issues: readonly ShownIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = kindOf(issue);
    let group = groups.get(key);
    if (!group) {
      group = { key, severity: issue.severity, fileWide: issue.line === undefined, issues: [] };
      groups.set(key, group);
    }
    if (group.fileWide && issue.severity === 'error') group.severity = 'error';
    group.issues.push(issue);
  }
  const rank = (g: IssueGroup) => (g.fileWide ? 0 : g.severity === 'error' ? 1 : 2);
  const firstLine = (g: IssueGroup) => g.issues[0]?.line ?? 0;
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || firstLine(a) - firstLine(b));
}
