import { groupIssues } from '../../src/app/import-issue-groups';
import type { CsvRowIssue } from '../../src/io/csv';
import { issueReason } from '../../src/i18n/import-strings';
import { type CaseResult, median, round, timeRuns } from '../timing';

function issues(): CsvRowIssue[] {
  const list: CsvRowIssue[] = [{ severity: 'warning', code: 'noTiltColumn', params: { file: 'f.csv', deg: 4 } }];
  for (let line = 2; line < 200_001; line++) {
    list.push(line % 4 === 0
      ? { severity: 'warning', line, code: 'techUnknown', params: { list: '6G' } }
      : { severity: 'error', line, code: 'rowRejected', params: { reasonCode: line % 2 === 0 ? 'latMissing' : 'xMissing' } });
  }
  return list;
}

/**
 * The import report's grouping of 200,000 row issues by kind (code and nested code), against the naive grouping
 * by each issue's rendered Vietnamese text. Was a 1 s budget in tests/app/import-issue-groups.
 */
export function issueGroups200kCase(): CaseResult {
  const list = issues();
  let groups = 0;
  const oursTimes = timeRuns(() => {
    groups = groupIssues(list).length;
  }, 11, 2);
  let naiveGroups = 0;
  const naiveTimes = timeRuns(() => {
    const byText = new Map<string, CsvRowIssue[]>();
    for (const issue of list) {
      const text = issueReason('vi', issue);
      const group = byText.get(text);
      if (group) group.push(issue);
      else byText.set(text, [issue]);
    }
    naiveGroups = byText.size;
  }, 3, 1);
  const oursMs = median(oursTimes);
  const naiveMs = median(naiveTimes);
  return {
    issues: list.length,
    groups,
    naive_groups: naiveGroups,
    median_ms: round(oursMs, 1),
    naive_ms: round(naiveMs, 1),
    speedup: round(naiveMs / oursMs, 1),
  };
}
