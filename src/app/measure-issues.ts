/** The measurement reader's issues as rows of the import report's issues table (grouped by code like the CSV's). */
import type { ImportIssue } from '../domain/model/types';
import type { TextParams } from '../io/coded-text';
import type { CodedText } from '../io/csv/issue-codes';
import type { MeasureIssue, MeasureIssueCode } from '../io/measure/read-measurements';

export interface MeasureShownIssue extends ImportIssue {
  code: MeasureIssueCode;
  params: TextParams;
  position?: CodedText;
}

/** Line 0 (the whole file) becomes no line, as the table groups file-wide issues; the bad value goes to its column. */
export function shownMeasureIssue(i: MeasureIssue): MeasureShownIssue {
  const value = i.params.value;
  return {
    severity: i.severity, code: i.code, params: i.params,
    ...(i.line > 0 ? { line: i.line } : {}), ...(value !== undefined ? { value: String(value) } : {}), ...(i.position ? { position: i.position } : {}),
  };
}

export function isMeasureShown(i: ImportIssue): i is MeasureShownIssue {
  return 'code' in i && typeof i.code === 'string' && i.code.startsWith('m-');
}

export function measureIssueOf(i: MeasureShownIssue): MeasureIssue {
  return { severity: i.severity, code: i.code, line: i.line ?? 0, params: i.params, ...(i.position ? { position: i.position } : {}) };
}
