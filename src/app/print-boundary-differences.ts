/** The lines a printed page gives when its figures differ on the other boundary set: by how much and why. */
import type { CoverageFigures } from '../domain/coverage';
import type { Technology } from '../domain/model/types';
import { boundaryDifferences, type BoundaryDifference, type DifferenceFigure, type DifferenceReason } from '../domain/print';
import { tidySpaces } from '../domain/text/tidy-spaces';
import { formatInt, formatNumber, formatPct } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { printT, type PrintStringKey } from '../i18n/print-strings';
import type { BoundarySetLabel } from './boundaries-store';

export interface FiguresOnSet {
  figures: CoverageFigures;
  boundary: BoundarySetLabel;
}

const FIGURE_KEY: Readonly<Record<DifferenceFigure, PrintStringKey>> = { area: 'diffArea', population: 'diffPopulation', villages: 'diffVillages', sites: 'diffSites' };
const REASON_KEY: Readonly<Record<DifferenceReason, PrintStringKey>> = {
  cellsCut: 'reasonCellsCut', groundDiffers: 'reasonGroundDiffers', peopleDiffer: 'reasonPeopleDiffer', villagesDiffer: 'reasonVillagesDiffer', sitesOutside: 'reasonSitesOutside',
};

function line(lang: Lang, d: BoundaryDifference, tech: Technology, shownSet: string, otherSet: string): string {
  const count = d.figure === 'sites';
  const value = (v: number): string => (count ? formatInt(lang, v) : formatPct(lang, v));
  // The gap between the printed (rounded) values, so the line's own numbers add up.
  const gap = count ? Math.abs(d.shown - d.other) : Math.abs(Math.round(d.shown * 10) - Math.round(d.other * 10)) / 10;
  const delta = count ? printT(lang, 'diffSiteCount', { n: formatInt(lang, gap) }) : printT(lang, 'diffPoints', { n: formatNumber(lang, gap, 1) });
  const km2 = d.reason === 'cellsCut' || d.reason === 'groundDiffers';
  const evidence = (v: number): string => (km2 ? formatNumber(lang, v, 1) : formatInt(lang, v));
  return printT(lang, 'diffLine', {
    figure: printT(lang, FIGURE_KEY[d.figure], { tech }), shown: value(d.shown), other: value(d.other), shownSet, otherSet, delta,
    reason: printT(lang, REASON_KEY[d.reason], { a: evidence(d.evidence[0]), b: evidence(d.evidence[1]) }),
  });
}

/** One line per figure that prints differently on the two sets; none when they agree. */
export function differenceLines(lang: Lang, shown: FiguresOnSet, other: FiguresOnSet, tech: Technology): string[] {
  const name = (b: BoundarySetLabel): string => tidySpaces(b.name) || tidySpaces(b.date);
  return boundaryDifferences(shown.figures, other.figures, tech).map((d) => line(lang, d, tech, name(shown.boundary), name(other.boundary)));
}
