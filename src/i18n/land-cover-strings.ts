/** The land-cover (clutter) layer's messages, Vietnamese and English. */
import type { LandCoverIssue, LandCoverIssueCode } from '../io/land-cover/read-land-cover';
import type { Lang } from './lang';
import { layerIssueReason } from './layer-issue-strings';
import { render, type Table } from './render';

const vi: Record<LandCoverIssueCode, string> = {
  'lc-unreadable': 'không đọc được {file} dạng GeoJSON: {detail}',
  'lc-no-class': '{file}, đối tượng {feature}: không có thuộc tính lớp phủ ({keys}); bỏ qua',
  'lc-unknown-class': '{file}, đối tượng {feature}: lớp phủ "{value}" không rõ (các lớp: {classes}); bỏ qua',
  'lc-not-polygon': '{file}, đối tượng {feature}: không phải vùng (polygon); bỏ qua',
  'lc-empty': '{file} không có vùng lớp phủ nào dùng được trong khu vực',
};

const en: Record<LandCoverIssueCode, string> = {
  'lc-unreadable': '{file} cannot be read as GeoJSON: {detail}',
  'lc-no-class': '{file}, feature {feature}: no land-cover class property ({keys}); skipped',
  'lc-unknown-class': '{file}, feature {feature}: unknown land-cover class "{value}" (classes: {classes}); skipped',
  'lc-not-polygon': '{file}, feature {feature}: not a polygon; skipped',
  'lc-empty': '{file} has no usable land-cover polygon in the area',
};

export const LAND_COVER_STRINGS: Table<LandCoverIssueCode> = { vi, en };

export function landCoverIssueText(lang: Lang, issue: LandCoverIssue): string {
  const detail = issue.cause ? layerIssueReason(lang, issue.cause) : '';
  return render(lang, LAND_COVER_STRINGS, issue.code, { detail, ...issue.params });
}
