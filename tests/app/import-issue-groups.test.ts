import { describe, expect, it } from 'vitest';
import { firstLineRanges, groupIssues } from '../../src/app/import-issue-groups';
import type { CsvRowIssue } from '../../src/io/csv';
import { issueReason } from '../../src/i18n/import-strings';

const bad = (line: number, code: CsvRowIssue['code'], severity: CsvRowIssue['severity'], params = {}): CsvRowIssue =>
  ({ severity, line, code, params });

describe('groupIssues', () => {
  it('keeps exact counts per kind for 200,000 issues: errors (whole-file ones first) before warnings (whole-file ones first)', () => {
    const issues: CsvRowIssue[] = [{ severity: 'warning', code: 'noTiltColumn', params: { file: 'f.csv', deg: 4 } }];
    for (let line = 2; line < 200_001; line++) {
      issues.push(line % 4 === 0
        ? bad(line, 'techUnknown', 'warning', { list: '6G' })
        : bad(line, 'rowRejected', 'error', { reasonCode: line % 2 === 0 ? 'latMissing' : 'xMissing' }));
    }
    // Speed: `npm run bench -- --only issue-groups-200k`.
    const groups = groupIssues(issues);
    // lines 2..200000: 50,000 multiples of 4 (4..200000); 50,000 other even lines; 99,999 odd lines (3..199999)
    const multiplesOf4 = 50_000;
    const evenNot4 = 50_000;
    const odd = 99_999;
    expect(groups.map((g) => [g.key, g.issues.length])).toEqual([
      ['error:rowRejected:latMissing', evenNot4],
      ['error:rowRejected:xMissing', odd],
      ['file:warning', 1],
      ['warning:techUnknown', multiplesOf4],
    ]);
    expect(groups.reduce((n, g) => n + g.issues.length, 0)).toBe(200_000);
  });
});

describe('a kind\'s first lines', () => {
  it('lists an error kind before a warning kind even when the warning comes first in the file, whole-file errors first', () => {
    const groups = groupIssues([
      bad(2, 'bandNoTech', 'warning'), bad(9, 'heightBad', 'error'), { severity: 'error', code: 'noProvince', params: {} },
    ]);
    expect(groups.map((g) => [g.key, g.severity])).toEqual([['file:error', 'error'], ['error:heightBad', 'error'], ['warning:bandNoTech', 'warning']]);
  });

  it('collapses consecutive lines into ranges and stops after the first few', () => {
    const at = (lines: number[]) => lines.map((line) => bad(line, 'bandNoTech', 'warning'));
    expect(firstLineRanges(at([2, 3, 4, 5, 31]))).toEqual({ ranges: [[2, 5], [31, 31]], more: false });
    expect(firstLineRanges(at([2, 2, 3]))).toEqual({ ranges: [[2, 3]], more: false });
    expect(firstLineRanges(at([2, 4, 6, 8, 10]), 3)).toEqual({ ranges: [[2, 2], [4, 4], [6, 6]], more: true });
    expect(firstLineRanges([{ severity: 'warning', code: 'noTiltColumn', params: {} }])).toEqual({ ranges: [], more: false });
  });
});

describe('issueReason', () => {
  it('renders a coded issue in Vietnamese and English, nested reasons included', () => {
    const issue = bad(8, 'rowRejected', 'error', { reasonCode: 'coordBad', axisCode: 'w_latitude', whyCode: 'c_notNumber', part: 'abc' });
    expect(issueReason('en', issue)).toBe('latitude: "abc" is not a number; row not imported');
    expect(issueReason('vi', issue)).toBe('vĩ độ: “abc” không phải là số; dòng không được nhập');
  });

  it('shows an issue whose code no table knows as its code rather than lose it', () => {
    expect(issueReason('vi', { severity: 'warning', layerCode: 'notACode' })).toBe('notACode');
  });
});
