/** Messages of the measurement import, Vietnamese and English. */
import type { MeasureIssue, MeasureIssueCode } from '../io/measure/read-measurements';
import { renderCodedText } from '../io/coded-text';
import { ISSUE_TEXT_EN, ISSUE_TEXT_VI } from './import-strings';
import type { Lang } from './lang';
import { render, type Table } from './render';

const vi: Record<MeasureIssueCode, string> = {
  'm-no-level-column': '{file}: không thấy cột mức thu (rsrp, rscp, rxlev, mức thu…); các cột: {headers}',
  'm-no-position-columns': '{file}: không thấy cột vị trí (vĩ độ và kinh độ, hoặc X/Y VN-2000 kèm kinh tuyến trục); các cột: {headers}',
  'm-line-too-long': '{file}: dòng đầu dài {chars} ký tự, không phải một tệp CSV mẫu đo',
  'm-no-rows': '{file}: không có dòng mẫu đo nào',
  'm-none-inside': '{file}: cả {rows} mẫu đo đều nằm ngoài khu vực của dự án',
  'm-no-samples': '{file}: không dòng nào trong {rows} dòng cho một mẫu đo dùng được (cột mức thu “{column}”)',
  'm-level-not-number': '{where}: mức thu “{value}” không phải là số; bỏ qua',
  'm-level-implausible': '{where}: mức thu {value} dBm nằm ngoài {min}..{max} dBm; bỏ qua',
  'm-position': '{where}: vị trí “{value}” không đọc được ({reason}); bỏ qua',
  'm-outside': '{where}: điểm {lat}, {lon} nằm ngoài khu vực của dự án; bỏ qua',
  'm-duplicate': '{where}: lặp lại y hệt một mẫu trước; bỏ qua',
  'm-more': 'và {more} vấn đề nữa không liệt kê',
};

const en: Record<MeasureIssueCode, string> = {
  'm-no-level-column': '{file}: no level column found (rsrp, rscp, rxlev, mức thu…); columns: {headers}',
  'm-no-position-columns': '{file}: no position columns found (latitude and longitude, or VN-2000 X/Y with a central meridian); columns: {headers}',
  'm-line-too-long': '{file}: the first line is {chars} characters long; not a CSV of samples',
  'm-no-rows': '{file}: no sample rows',
  'm-none-inside': '{file}: all {rows} samples lie outside the project area',
  'm-no-samples': '{file}: none of the {rows} rows gives a usable sample (level column "{column}")',
  'm-level-not-number': '{where}: level "{value}" is not a number; skipped',
  'm-level-implausible': '{where}: level {value} dBm is outside {min}..{max} dBm; skipped',
  'm-position': '{where}: position "{value}" cannot be read ({reason}); skipped',
  'm-outside': '{where}: point {lat}, {lon} lies outside the project area; skipped',
  'm-duplicate': '{where}: repeats an earlier sample exactly; skipped',
  'm-more': 'and {more} more problems not listed',
};

export const MEASURE_STRINGS: Table<MeasureIssueCode> = { vi, en };

/** Where a row's issue is: a CSV's line, or a GeoJSON file's feature by its index. */
const WHERE: Table<'m-at-line' | 'm-at-feature'> = {
  vi: { 'm-at-line': 'dòng {line}', 'm-at-feature': 'đối tượng #{feature}' },
  en: { 'm-at-line': 'line {line}', 'm-at-feature': 'feature #{feature}' },
};

export function measureIssueText(lang: Lang, issue: MeasureIssue): string {
  const p = issue.position;
  const reason = p ? renderCodedText(lang === 'vi' ? ISSUE_TEXT_VI : ISSUE_TEXT_EN, p.code, p.params) : '';
  const where = issue.feature === undefined
    ? render(lang, WHERE, 'm-at-line', { line: issue.line })
    : render(lang, WHERE, 'm-at-feature', { feature: issue.feature });
  return render(lang, MEASURE_STRINGS, issue.code, { line: issue.line, where, reason, ...issue.params });
}
