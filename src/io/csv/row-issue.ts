import type { ImportIssue } from '../../domain/model/types';
import type { CodedText, CsvIssueCode, IssueParams } from './issue-codes';

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

/** An issue of a CSV reader: `code` + `params`, which the app renders in its language and the CLI in English. */
export interface CsvRowIssue extends ImportIssue {
  code: CsvIssueCode;
  params: IssueParams;
  fix?: CsvFix;
  /** The user excluded this issue's row: it was not imported, and the report still lists it. */
  excluded?: boolean;
  /** Where an error's row lies when it was placed before being rejected (the import preview draws it in red). */
  at?: { lon: number; lat: number };
}

/** Collects issues for one file; `line`-less issues concern the whole file. */
export class IssueLog {
  readonly issues: CsvRowIssue[] = [];
  private errorCount = 0;
  private placed: { line: number; lon: number; lat: number } | null = null;

  /** The row of `line` lies at lon/lat: its later errors carry the position. */
  place(line: number, lon: number, lat: number): void {
    this.placed = { line, lon, lat };
  }

  error(line: number | undefined, text: CodedText, column?: string, value?: string): void {
    const issue: CsvRowIssue = { severity: 'error', ...this.texts(text) };
    if (line !== undefined && this.placed?.line === line) issue.at = { lon: this.placed.lon, lat: this.placed.lat };
    this.push(issue, line, column, value);
    this.errorCount++;
  }

  warn(line: number | undefined, text: CodedText, column?: string, value?: string, fix?: CsvFix): void {
    const issue: CsvRowIssue = { severity: 'warning', ...this.texts(text) };
    if (fix) issue.fix = fix;
    this.push(issue, line, column, value);
  }

  get errors(): number {
    return this.errorCount;
  }

  private texts(text: CodedText): Pick<CsvRowIssue, 'code' | 'params'> {
    return { code: text.code, params: text.params };
  }

  private push(issue: CsvRowIssue, line?: number, column?: string, value?: string): void {
    if (line !== undefined) issue.line = line;
    if (column !== undefined) issue.column = column;
    if (value !== undefined) issue.value = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    this.issues.push(issue);
  }
}
