/**
 * The names on a printed map as vector text: unit names (and village names when asked) placed by placeLabels
 * around the site symbols and the map's furniture, at sizes for the paper. The map image itself is rendered
 * without its on-screen labels, which overlap and sit under sites.
 */
import { labelSizePt, lngLatToBox, placeLabels, unitLabelKind, type Box, type LabelRequest, type MapPageLayout } from '../domain/print';
import type { CoverageFigures } from '../domain/coverage';
import type { Dataset, Site } from '../domain/model/types';
import type { PdfMapLabel, PdfTextMeasure } from '../io/pdf';
import { tidySpaces } from '../domain/text/tidy-spaces';
import { siteRadiusPx } from '../map/layers/sites-layer';
import type { RenderedMap } from './print-map';
import type { DerivedLayers } from '../worker/derived-layers';
import type { PrintSettings } from './print-settings';

const PT_MM = 25.4 / 72;

/** Label text height for its size, mm (a little over the em, for the halo). */
export const labelHeightMm = (pt: number): number => pt * PT_MM * 1.25;

export interface LabelInput {
  settings: Pick<PrintSettings, 'layers' | 'paper' | 'villageNames'>;
  report: { dataset: Dataset; derived: DerivedLayers; figures: CoverageFigures };
  measure: PdfTextMeasure | null | undefined;
  layout: MapPageLayout;
  map: Pick<RenderedMap, 'bounds' | 'widthPx' | 'zoom'>;
  sites: readonly Site[];
  /** Boxes already drawn over the map (graticule labels, the overview inset). */
  furniture: readonly Box[];
  /** The unit an atlas or one-commune page is about: named first. */
  focusCode?: string;
}

function textWidth(measure: PdfTextMeasure | null | undefined, text: string, pt: number, bold: boolean): number {
  // Without metrics a character is taken as 0.6 em wide (the preview before the font has loaded).
  return measure ? measure(text, pt, bold) : [...text].length * pt * PT_MM * 0.6;
}

/** Site symbols on the page as the boxes they cover, a little grown for their outline. */
function siteBoxes(input: LabelInput): Box[] {
  const { layout, map } = input;
  const mmPerPx = layout.map.w / Math.max(1, map.widthPx);
  return input.sites.map((s) => {
    const [x, y] = lngLatToBox(s.lon, s.lat, map.bounds, layout.map);
    const r = (siteRadiusPx(s, null, map.zoom) + 1.5) * mmPerPx;
    return { x: x - r, y: y - r, w: 2 * r, h: 2 * r };
  });
}

export function mapLabels(input: LabelInput): PdfMapLabel[] {
  const { layout, map, measure } = input;
  const { layers, paper, villageNames } = input.settings;
  const { dataset, derived, figures } = input.report;
  const requests: (LabelRequest & { sizePt: number; bold: boolean })[] = [];
  const add = (name: string, kind: LabelRequest['kind'], point: readonly [number, number], weight: number, bold: boolean, rank = kind): void => {
    const sizePt = labelSizePt(kind, paper);
    const text = tidySpaces(name);
    const anchor = lngLatToBox(point[0], point[1], map.bounds, layout.map);
    requests.push({ text, kind: rank, anchor, weight, sizePt, bold, widthMm: textWidth(measure, text, sizePt, bold), heightMm: labelHeightMm(sizePt) });
  };
  if (layers.labels) {
    const units = new Map(dataset.units.map((u) => [u.code, u]));
    const areas = new Map(figures.units.map((u) => [u.code, u.areaKm2]));
    const byPopulation = dataset.units.some((u) => u.population > 0);
    for (const l of derived.labels) {
      const unit = units.get(l.code);
      const kind = unitLabelKind(unit?.type ?? '');
      const weight = byPopulation ? (unit?.population ?? 0) : (areas.get(l.code) ?? 0);
      add(l.name, kind, l.point, weight, kind === 'ward', l.code === input.focusCode ? 'province' : kind);
    }
  }
  if (layers.villages && villageNames) for (const v of dataset.villages) add(v.name, 'village', v.point, v.population, false);
  const sites = layers.sites ? siteBoxes(input) : [];
  const obstacles = [...sites, layout.scaleBar, layout.northArrow, ...input.furniture];
  return placeLabels(requests, { frame: layout.map, obstacles }).map((p) => ({ text: p.label.text, box: p.box, sizePt: p.label.sizePt, bold: p.label.bold }));
}
