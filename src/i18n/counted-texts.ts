/** Texts whose English wording depends on a count ("1 village", "2 villages"); Vietnamese nouns do not change. */
import type { Lang } from './lang';
import { translate } from './strings';

/** The discard-edits button: "Discard 1 edit", "Discard 3 edits". */
export function resetEditsLabel(lang: Lang, edits: number): string {
  return translate(lang, edits === 1 ? 'resetEdit' : 'resetEdits', { n: edits });
}

/** The delta summary line; `netVillages` picks the wording, the other values come formatted and signed. */
export function deltaSummaryText(lang: Lang, netVillages: number, shown: { villages: string; people: string; area: string }): string {
  return translate(lang, Math.abs(netVillages) === 1 ? 'deltaSummaryOneVillage' : 'deltaSummary', shown);
}
