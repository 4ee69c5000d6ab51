import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../src/app/import-issue-lines';
import { featureIssue } from '../../src/io/geojson/issues';

describe('import notice lines', () => {
  const issues = [
    featureIssue('error', 4, 'rejected: line has 1 positions; a line needs at least 2'),
    { severity: 'warning' as const, line: 7, reason: 'latitude is empty' },
    { severity: 'warning' as const, reason: 'roads.geojson: contains no features' },
  ];

  it('names the feature once, in the UI language, before the reason', () => {
    expect(describeIssues('vi', issues)).toEqual([
      '✖ đối tượng 4: rejected: line has 1 positions; a line needs at least 2',
      '⚠ dòng 7: latitude is empty',
      '⚠ roads.geojson: contains no features',
    ]);
    expect(describeIssues('en', issues)[0]).toBe('✖ feature 4: rejected: line has 1 positions; a line needs at least 2');
  });
});
