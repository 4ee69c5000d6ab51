/** The measurement reader's issues as rows of the import report's issues table (grouped by code like the CSV's). */
import type { ImportIssue } from '../domain/model/types';
import type { TextParams } from '../io/coded-text';
import type { CodedText } from '../io/csv/issue-codes';
import type { MeasureIssue, MeasureIssueCode } from '../io/measure/read-measurements';

export interface MeasureShownIssue extends ImportIssue {
  code: MeasureIssueCode;
  params: TextParams;
  position?: CodedText;
  /** The GeoJSON feature's index (shown instead of a line). */
  feature?: number;
}

/** Line 0 (the whole file) becomes no line, as the table groups file-wide issues; the bad value goes to its column. */
export function shownMeasureIssue(i: MeasureIssue): MeasureShownIssue {
  const value = i.params.value;
  return {
    severity: i.severity, code: i.code, params: i.params,
    ...(i.feature !== undefined ? { index: i.feature, feature: i.feature } : i.line > 0 ? { line: i.line } : {}), ...(value !== undefined ? { value: String(value) } : {}), ...(i.position ? { position: i.position } : {}),
  };
}

export function isMeasureShown(i: ImportIssue): i is MeasureShownIssue {
  return 'code' in i && typeof i.code === 'string' && i.code.startsWith('m-');
}

export function measureIssueOf(i: MeasureShownIssue): MeasureIssue {
  return {
    severity: i.severity, code: i.code, line: i.feature !== undefined ? i.feature + 1 : i.line ?? 0, params: i.params,
    ...(i.position ? { position: i.position } : {}), ...(i.feature !== undefined ? { feature: i.feature } : {}),
  };
}
