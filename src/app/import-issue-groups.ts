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
  if (issue.line === undefined) return `file:${issue.severity}`;
  if (!('code' in issue)) return issue.severity;
  const nested = issue.params.reasonCode;
  return `${issue.severity}:${issue.code}${typeof nested === 'string' ? `:${nested}` : ''}`;
}

/** Groups in the order the report shows them: errors, then warnings, the whole-file ones of each first, then by first line. */
export function groupIssues(issues: readonly ShownIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = kindOf(issue);
    let group = groups.get(key);
    if (!group) {
      group = { key, severity: issue.severity, fileWide: issue.line === undefined, issues: [] };
      groups.set(key, group);
    }
    group.issues.push(issue);
  }
  const rank = (g: IssueGroup) => (g.severity === 'error' ? 0 : 2) + (g.fileWide ? 0 : 1);
  const firstLine = (g: IssueGroup) => g.issues[0]?.line ?? 0;
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || firstLine(a) - firstLine(b));
}

export interface LineRanges {
  /** First and last line of each run of consecutive lines, in file order. */
  ranges: [number, number][];
  /** Lines follow the last range. */
  more: boolean;
}

/** The first `max` runs of consecutive lines of a kind's issues ("lines 2-31, 40"): where to look, without listing all. */
export function firstLineRanges(issues: readonly ShownIssue[], max = 4): LineRanges {
  const ranges: [number, number][] = [];
  for (const { line } of issues) {
    if (line === undefined) continue;
    const last = ranges[ranges.length - 1];
    if (last && line >= last[0] && line <= last[1] + 1) last[1] = Math.max(last[1], line);
    else if (ranges.length === max) return { ranges, more: true };
    else ranges.push([line, line]);
  }
  return { ranges, more: false };
}
