/** A code table's left-out row in words, e.g. "Dòng 7: mã cũ 99999 không có trong ranh giới hiện tại". */
import type { CodeTableIssue, CodeTableProblem } from '../domain/boundaries';
import { printT, type PrintStringKey } from '../i18n/print-strings';
import type { Lang } from '../i18n/strings';

const KEYS: Record<CodeTableProblem, PrintStringKey> = {
  'unreadable': 'problemUnreadable',
  'too-few-columns': 'problemTooFewColumns',
  'missing-old': 'problemMissingOld',
  'missing-new': 'problemMissingNew',
  'unknown-old': 'problemUnknownOld',
  'unknown-new': 'problemUnknownNew',
  'duplicate': 'problemDuplicate',
};

export function codeTableIssueText(lang: Lang, issue: CodeTableIssue): string {
  const reason = printT(lang, KEYS[issue.problem], { value: issue.value ?? '' });
  return printT(lang, 'issueLine', { line: issue.line, reason });
}
