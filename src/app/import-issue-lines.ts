import type { ImportIssue } from '../domain/model/types';
import { translate, type Lang } from '../i18n/strings';
import { featureProblemReason, layerIssueReason } from '../i18n/layer-issue-strings';

/** One line per issue, where it is (line or feature, in the UI's language) before its reason. */
export function describeIssues(lang: Lang, issues: readonly ImportIssue[]): string[] {
  return issues.map((i) => {
    const where = i.line !== undefined ? translate(lang, 'issueAtLine', { n: i.line })
      : i.index !== undefined ? translate(lang, 'issueAtFeature', { n: i.index }) : '';
    const reason = i.index !== undefined ? featureProblemReason(lang, i) : layerIssueReason(lang, i);
    return `${i.severity === 'error' ? '✖' : '⚠'} ${where}${where ? ': ' : ''}${reason}`;
  });
}

/** The first issue's reason in the UI's language, for a notice's headline. */
export function firstReason(lang: Lang, issues: readonly ImportIssue[]): string | undefined {
  const first = issues[0];
  return first ? layerIssueReason(lang, first) : undefined;
}
