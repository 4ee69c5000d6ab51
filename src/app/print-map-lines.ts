/**
 * The printed map's lines as vectors over its image: roads, fibre (aerial dashed), commune outlines and district
 * outlines (the province's edge among them), in the map's colours and widths at the image's scale. The print map
 * renders none of them, so they are sharp at any zoom of the PDF and cost the software-GL render nothing.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { lineOnMap, type MapPageLayout } from '../domain/print';
import type { Dataset, Laying, RoadClass } from '../domain/model/types';
import type { PdfMapLines } from '../io/pdf';
import { mapColours, type Rgba } from '../map/colours';
import { DISTRICT_OUTLINE, UNIT_OUTLINE } from '../map/style';
import type { RenderedMap } from './print-map';
import type { Palette } from '../domain/display/coverage-palette';
import type { DerivedLayers } from '../worker/derived-layers';

const hex = (c: Rgba): string => `#${c.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`;

const ringsOf = (g: Polygon | MultiPolygon): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

/** Which lines the page shows: outlines with the units layer, fibre with its layer, roads when the map shows them. */
export interface MapLineChoice {
  units: boolean;
  fibre: boolean;
  roads: boolean;
}

/** What the lines are drawn from: the print context's report layers and palette (print-page's PrintContext). */
export interface MapLinesSource {
  report: { dataset: Dataset; derived: DerivedLayers };
  settings: { palette: Palette };
}

export function mapLines(ctx: MapLinesSource, layout: Pick<MapPageLayout, 'map'>, map: Pick<RenderedMap, 'bounds' | 'widthPx'>, show: MapLineChoice): PdfMapLines[] {
  const { dataset, derived } = ctx.report;
  const box = layout.map;
  const mmPerPx = box.w / Math.max(1, map.widthPx);
  const colours = mapColours(ctx.settings.palette);
  const project = (coords: readonly (readonly number[])[]) => lineOnMap(coords, map.bounds, box);
  const out: PdfMapLines[] = [];
  if (show.roads) {
    for (const cls of ['minor', 'main'] as const satisfies readonly RoadClass[]) {
      const paths = (dataset.roads ?? []).filter((r) => r.class === cls).flatMap((r) => project(r.coordinates));
      out.push({ paths, colour: hex(colours.road[cls]), widthMm: (cls === 'main' ? 2.2 : 1) * mmPerPx });
    }
  }
  if (show.fibre) {
    const groups = new Map<string, { laying: Laying; backbone: boolean; paths: [number, number][][] }>();
    for (const r of dataset.fibre) {
      const backbone = r.kind === 'backbone';
      const key = `${r.laying}|${backbone}`;
      const g = groups.get(key) ?? { laying: r.laying, backbone, paths: [] };
      groups.set(key, g);
      g.paths.push(...project(r.coordinates));
    }
    for (const g of groups.values()) {
      const widthMm = (g.backbone ? 3 : 1.6) * mmPerPx;
      out.push({ paths: g.paths, colour: hex(colours.laying[g.laying]), widthMm, ...(g.laying === 'aerial' ? { dashMm: [4 * widthMm, 3 * widthMm] as [number, number] } : {}) });
    }
  }
  if (show.units) {
    out.push({ paths: dataset.units.flatMap((u) => ringsOf(u.geometry).flatMap(project)), colour: UNIT_OUTLINE.colour, widthMm: UNIT_OUTLINE.widthPx * mmPerPx });
    out.push({ paths: derived.districts.flatMap((d) => ringsOf(d.geometry).flatMap(project)), colour: DISTRICT_OUTLINE.colour, widthMm: DISTRICT_OUTLINE.widthPx * mmPerPx });
  }
  return out.filter((g) => g.paths.length > 0);
}
