/** Legend entries of the printed layers, with the coverage thresholds, as "#rrggbb" swatches. */
import { TECHNOLOGIES, type Technology } from '../domain/model/types';
import type { PdfLegendItem } from '../io/pdf';
import type { Palette } from '../domain/display/coverage-palette';
import { KNOWN_CARRIERS, mapColours } from '../map/colours';
import { translate, type Lang } from '../i18n/strings';
import { printT } from '../i18n/print-strings';
import { coverageLegendRows, dbmText } from '../i18n/measure-text';
import { MEASURE_BY_TECH } from '../domain/radio/measures';
import type { PrintLayerId } from './print-settings';

const LAND: readonly [number, number, number] = [247, 245, 238];

/** A translucent map colour as it looks over the land fill. */
function hexOver(rgba: readonly number[]): string {
  const a = (rgba[3] ?? 255) / 255;
  const c = [0, 1, 2].map((i) => Math.round((rgba[i] ?? 0) * a + (LAND[i] ?? 255) * (1 - a)));
  return '#' + c.map((x) => x.toString(16).padStart(2, '0')).join('');
}

export interface LegendInput {
  lang: Lang;
  layers: Record<PrintLayerId, boolean>;
  tech: Technology;
  /** The shown technology's threshold, in its own measure (RxLev for 2G, RSCP for 3G, RSRP for 4G/5G). */
  thresholdDbm: number;
  siteColour: 'carrier' | 'technology';
  /** Roads are drawn (they follow the screen's toggle, when the dataset has any). */
  roads?: boolean;
  /** Default the screen's colours. */
  palette?: Palette;
}

export function legendItems(x: LegendInput): PdfLegendItem[] {
  const t = (k: Parameters<typeof translate>[1]) => translate(x.lang, k);
  const items: PdfLegendItem[] = [];
  const colours = mapColours(x.palette);
  if (x.layers.coverage) {
    for (const c of coverageLegendRows(x.lang, x.tech, x.thresholdDbm, x.palette)) {
      items.push({ colour: hexOver(c.rgba), label: `${x.tech} ${MEASURE_BY_TECH[x.tech]} ${c.label}` });
    }
  }
  if (x.layers.sites) {
    if (x.siteColour === 'carrier') for (const c of KNOWN_CARRIERS) items.push({ colour: hexOver(colours.carrier(c)), label: `${t('layerSites')} ${c}` });
    else for (const tech of TECHNOLOGIES) items.push({ colour: hexOver(colours.tech[tech]), label: `${t('layerSites')} ${tech}` });
  }
  if (x.layers.fibre) {
    items.push({ colour: hexOver(colours.laying.aerial), label: t('aerial') });
    items.push({ colour: hexOver(colours.laying.underground), label: t('underground') });
    items.push({ colour: hexOver(colours.laying.duct), label: t('duct') });
  }
  if (x.roads) {
    items.push({ colour: hexOver(colours.road.main), label: t('roadMain') });
    items.push({ colour: hexOver(colours.road.minor), label: t('roadMinor') });
  }
  if (x.layers.villages) {
    items.push({ colour: hexOver(colours.villageLegend.covered), label: printT(x.lang, 'legendVillagesCovered', { tech: x.tech }) });
    items.push({ colour: hexOver(colours.villageLegend.uncovered), label: printT(x.lang, 'legendVillagesUncovered', { tech: x.tech }) });
  }
  if (x.layers.units) items.push({ colour: '#f7f5ee', label: t('layerUnits') });
  return items;
}

export function legendTitle(x: LegendInput): string {
  return x.layers.coverage ? printT(x.lang, 'legendCoverage', { tech: x.tech, measure: MEASURE_BY_TECH[x.tech], threshold: dbmText(x.thresholdDbm) }) : translate(x.lang, 'legend');
}
