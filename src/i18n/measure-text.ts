/**
 * Texts of the coverage measures (RxLev for 2G, RSCP for 3G, RSRP for 4G/5G): the threshold list, the legend's
 * title and its level classes, in the shown technology's own measure. The words are in the app table (strings.ts).
 */
import { levelClassesFor, type Palette } from '../domain/display/coverage-palette';
import type { Technology } from '../domain/model/types';
import { MEASURE_BY_TECH, measureThresholds, type MeasureThreshold } from '../domain/radio/measures';
import { translate, type Lang } from './strings';

/** A level in dBm with a true minus sign: "−95". */
export const dbmText = (dbm: number): string => String(dbm).replace('-', '−');

/** The select's label: "RxLev threshold". */
export function thresholdLabel(lang: Lang, tech: Technology): string {
  return translate(lang, 'threshold', { measure: MEASURE_BY_TECH[tech] });
}

/** One threshold choice of a technology: "RxLev −95 dBm (good outdoor)". */
export function thresholdOptionText(lang: Lang, tech: Technology, t: MeasureThreshold): string {
  return translate(lang, 'thresholdOption', { measure: MEASURE_BY_TECH[tech], dbm: dbmText(t.dbm), kind: translate(lang, `threshold${t.kind}`) });
}

/** The threshold choices of a technology, weakest first, with `current` added when it is none of them (older projects). */
export function thresholdChoices(lang: Lang, tech: Technology, current: number): { dbm: number; label: string }[] {
  const listed = measureThresholds(MEASURE_BY_TECH[tech]).map((t) => ({ dbm: t.dbm, label: thresholdOptionText(lang, tech, t) }));
  if (listed.some((x) => x.dbm === current)) return listed;
  return [...listed, { dbm: current, label: `${MEASURE_BY_TECH[tech]} ${dbmText(current)} dBm` }].sort((a, b) => a.dbm - b.dbm);
}

/** The legend's coverage heading: "2G coverage: RxLev ≥ −95 dBm". */
export function coverageLegendTitle(lang: Lang, tech: Technology, thresholdDbm: number): string {
  return translate(lang, 'legendCoverageTitle', { tech, measure: MEASURE_BY_TECH[tech], dbm: dbmText(thresholdDbm) });
}

export interface LegendRow {
  rgba: readonly [number, number, number, number];
  label: string;
}

/**
 * The level classes a technology's coverage shows at a threshold, strongest first, each with its range in the
 * technology's measure; the weakest starts at the threshold (the image paints nothing below it).
 */
export function coverageLegendRows(lang: Lang, tech: Technology, thresholdDbm: number, palette: Palette = 'colour'): LegendRow[] {
  const classes = levelClassesFor(tech, palette);
  const rows: LegendRow[] = [];
  classes.forEach((c, i) => {
    const upper = i === 0 ? Infinity : (classes[i - 1]?.minDbm ?? Infinity);
    if (upper <= thresholdDbm) return;
    const min = Math.max(c.minDbm, thresholdDbm);
    rows.push({ rgba: c.rgba, label: translate(lang, `level${c.labelKey}`, { min: dbmText(min), max: dbmText(upper) }) });
  });
  return rows;
}
