/** Land-cover reader issues as messages, rendered when shown (a GeoJSON cause and a legend nested, so both follow the language). */
import { message, type Message } from '../domain/text/message';
import type { LandCoverImport } from '../io/land-cover/import-land-cover';
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

/** The share of the grid given a class, in per cent with one decimal. */
export function classedPercent(read: Pick<LandCoverImport, 'model' | 'areaKm2'>): number {
  const grid = read.model?.cover.grid;
  if (!grid) return 0;
  const total = (grid.nx * grid.ny * grid.cellSizeM * grid.cellSizeM) / 1e6;
  const known = read.areaKm2.reduce((a, b) => a + b, 0);
  return Math.round((known / total) * 1000) / 10;
}
