import type { ImportIssue } from '../../domain/model/types';

/** A position change the import dialog can offer (or has made, when `applied`). */
export interface CsvFix {
  kind: 'swap-lat-lon' | 'negate-lon' | 'negate-lat';
  siteId: string;
  /** The position after the fix. */
  lon: number;
  lat: number;
  /** True when the import already used the fixed position because the original was impossible. */
  applied: boolean;
}

export interface CsvRowIssue extends ImportIssue {
  fix?: CsvFix;
}

/** Collects issues for one file; `line`-less issues concern the whole file. */
export class IssueLog {
  readonly issues: CsvRowIssue[] = [];
  private readonly warnedLines = new Set<number>();
  private errorCount = 0;

  error(line: number | undefined, reason: string, column?: string, value?: string): void {
    this.push({ severity: 'error', reason }, line, column, value);
    this.errorCount++;
  }

  warn(line: number | undefined, reason: string, column?: string, value?: string, fix?: CsvFix): void {
    const issue: CsvRowIssue = { severity: 'warning', reason };
    if (fix) issue.fix = fix;
    this.push(issue, line, column, value);
    if (line !== undefined) this.warnedLines.add(line);
  }

  get errors(): number {
    return this.errorCount;
  }

  get linesWithWarnings(): number {
    return this.warnedLines.size;
  }

  private push(issue: CsvRowIssue, line?: number, column?: string, value?: string): void {
    if (line !== undefined) issue.line = line;
    if (column !== undefined) issue.column = column;
    if (value !== undefined) issue.value = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    this.issues.push(issue);
  }
}
