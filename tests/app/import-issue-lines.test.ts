import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../src/app/import-issue-lines';
import { featureIssue, rejectedIssue } from '../../src/io/geojson/issues';
import { layerText, nested } from '../../src/io/layer-issues';
import { reasonEn } from '../helpers/reason-en';

describe('import notice lines', () => {
  const issues = [
    rejectedIssue(4, nested('lineTooShort', { count: 1 }, { where: layerText('w_line') })),
    featureIssue('warning', 5, layerText('noTech')),
    { severity: 'warning' as const, line: 7, code: 'latMissing', params: {} },
    { severity: 'warning' as const, layerCode: 'noFeatures', params: { file: 'roads.geojson' } },
  ];

  it('names the feature once, in the UI language, before the reason', () => {
    expect(describeIssues('vi', issues)).toEqual([
      '✖ đối tượng 4: bị loại: đường có 1 vị trí; một đường cần ít nhất 2',
      '⚠ đối tượng 5: không có thuộc tính công nghệ (tech/technologies/cong_nghe); lấy 4G',
      '⚠ dòng 7: thiếu vĩ độ',
      '⚠ roads.geojson: không có đối tượng nào',
    ]);
    expect(describeIssues('en', issues)[0]).toBe('✖ feature 4: rejected: line has 1 positions; a line needs at least 2');
    expect(reasonEn(issues[0])).toBe('feature 4: rejected: line has 1 positions; a line needs at least 2');
  });
});
