/** The footer of a printed page, in the page's language only. */
import { DEMO_SOURCES } from '../domain/demo/notice';
import { tidySpaces } from '../domain/text/tidy-spaces';
import { calibratedLine } from '../i18n/calibration-strings';
import { printT } from '../i18n/print-strings';
import type { Lang } from '../i18n/lang';

export interface FooterInfo {
  lang: Lang;
  /** ISO date of printing, e.g. "2025-07-01". */
  date: string;
  sources: readonly string[];
  /** The issuing body, on pages without the official header; empty on the map page, whose header prints it. */
  issuingBody: string;
  boundarySet: { name: string; date: string };
  scenario: string;
  synthetic: boolean;
  /** The calibration the figures were computed with, said after the sources; absent or null: none. */
  calibration?: { samples: number; heldOutRmseDb: number } | null;
}

/** "2025-07-01" → "01/07/2025" in Vietnamese, "1 July 2025" in English; anything else as given. */
export function printedDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return iso.trim();
  const [, y, mo, d] = m;
  if (lang === 'vi') return `${d}/${mo}/${y}`;
  const month = new Date(Date.UTC(Number(y), Number(mo) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${Number(d)} ${month} ${y}`;
}

/** The demo generator's own source lines, said in the page's language; any other source as written. */
function sourceText(lang: Lang, source: string): string {
  if (source === DEMO_SOURCES[0]) return printT(lang, 'demoSourceGenerated');
  if (source === DEMO_SOURCES[1]) return printT(lang, 'demoSourceCensus');
  return tidySpaces(source);
}

/** The layers' sources as the sources line gives them, separated by semicolons (the sources field's starting text). */
export function layerSourcesText(lang: Lang, sources: readonly string[]): string {
  return sources.map((s) => sourceText(lang, s)).filter(Boolean).join('; ');
}

/** The footer as lines of text, most important first; empty fields are left out. */
export function footerLines(info: FooterInfo): string[] {
  const { lang } = info;
  const first = [tidySpaces(info.issuingBody), info.date ? printT(lang, 'footerPrinted', { date: printedDate(lang, info.date) }) : ''].filter(Boolean).join(' · ');
  const bounds = [tidySpaces(info.boundarySet.name), printedDate(lang, info.boundarySet.date)].filter(Boolean).join(', ');
  const second = [bounds ? printT(lang, 'footerBoundaries', { name: bounds }) : '', info.scenario ? printT(lang, 'footerScenario', { name: info.scenario }) : '']
    .filter(Boolean).join(' · ');
  const sources = [layerSourcesText(lang, info.sources), info.calibration ? calibratedLine(lang, info.calibration) : ''].filter(Boolean).join('; ');
  // The list goes after the label, not into a placeholder: placeholders are capped at 500 characters.
  const third = sources ? `${printT(lang, 'footerSources')} ${sources}` : '';
  return [first, second, third, info.synthetic ? printT(lang, 'sampleData') : ''].filter(Boolean);
}
