import type { ImportIssue } from '../domain/model/types';
import { message, type Message } from '../domain/text/message';
import type { Lang } from '../i18n/lang';
import { issueMessage, renderMessage } from '../i18n/messages';

/** An issue's reason as a message; `framed` false drops the "feature N: " frame of a feature's problem. */
function reasonMessage(issue: ImportIssue, framed: boolean): Message {
  const inner = issue.params?.messageCode;
  if (!framed && issue.layerCode === 'feature' && typeof inner === 'string') {
    const unframed = issueMessage({ ...issue, layerCode: inner });
    if (unframed.table === 'layer') return unframed;
  }
  return issueMessage(issue);
}

/** One message per issue, where it is (line or feature) before its reason, rendered when shown. */
export function issueLineMessages(issues: readonly ImportIssue[]): Message[] {
  return issues.map((i) => {
    const mark = i.severity === 'error' ? '✖' : '⚠';
    const where = i.line !== undefined ? message('app', 'issueAtLine', { n: i.line })
      : i.index !== undefined ? message('app', 'issueAtFeature', { n: i.index }) : null;
    const reason = reasonMessage(i, i.index === undefined);
    return where ? message('notice', 'issueAt', { mark, where, reason }) : message('notice', 'issue', { mark, reason });
  });
}

/** One line per issue, where it is (line or feature, in the UI's language) before its reason. */
export function describeIssues(lang: Lang, issues: readonly ImportIssue[]): string[] {
  return issueLineMessages(issues).map((m) => renderMessage(lang, m));
}

/** The first issue's reason as a message, for a notice's headline. */
export function firstReasonMessage(issues: readonly ImportIssue[]): Message | undefined {
  const first = issues[0];
  return first ? issueMessage(first) : undefined;
}

/** The first issue's reason in the UI's language, for a notice's headline. */
export function firstReason(lang: Lang, issues: readonly ImportIssue[]): string | undefined {
  const first = firstReasonMessage(issues);
  return first ? renderMessage(lang, first) : undefined;
}
