import { describe, expect, it } from 'vitest';
import { codeTableIssueText } from '../../src/app/boundaries-issue-text';

describe('codeTableIssueText', () => {
  it('words a left-out row with its line in Vietnamese and English', () => {
    expect(codeTableIssueText('vi', { line: 7, problem: 'unknown-old', value: '99999' })).toBe('Dòng 7: mã cũ 99999 không có trong ranh giới hiện tại');
    expect(codeTableIssueText('en', { line: 7, problem: 'unknown-old', value: '99999' })).toBe('Line 7: old code 99999 is not in the current boundaries');
    expect(codeTableIssueText('en', { line: 2, problem: 'too-few-columns' })).toBe('Line 2: too few columns');
  });
});
