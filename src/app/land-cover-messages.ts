/** Land-cover reader issues as messages, rendered when shown (a GeoJSON cause and a legend nested, so both follow the language). */
import { message, type Message } from '../domain/text/message';
import type { LandCoverIssue } from '../io/land-cover/land-cover-issues';
import { legendKey } from '../i18n/land-cover-strings';
import { issueMessage } from '../i18n/messages';

export function landCoverIssueMessage(issue: LandCoverIssue): Message {
  const legend = legendKey(issue.params.legend);
  return message('landCover', issue.code, {
    ...issue.params,
    ...(issue.cause ? { detail: issueMessage(issue.cause) } : {}),
    ...(legend ? { legend: message('landCover', legend) } : {}),
  });
}
