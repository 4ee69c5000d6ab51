import { describe, expect, it } from 'vitest';
import { groupIssues } from '../../src/app/import-issue-groups';
import type { CsvRowIssue } from '../../src/io/csv';
import { issueReason } from '../../src/i18n/import-strings';

const bad = (line: number, code: CsvRowIssue['code'], severity: CsvRowIssue['severity'], params = {}): CsvRowIssue =>
  ({ severity, line, code, params });

describe('groupIssues', () => {
  it('keeps exact counts per kind for 200,000 issues: whole file first, then errors, then warnings', () => {
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
      ['file', 1],
      ['error:rowRejected:latMissing', evenNot4],
      ['error:rowRejected:xMissing', odd],
      ['warning:techUnknown', multiplesOf4],
    ]);
    expect(groups.reduce((n, g) => n + g.issues.length, 0)).toBe(200_000);
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
