import { GeoJsonLayer, SolidPolygonLayer, TextLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { ReportingUnit } from '../../domain/model/types';
import type { ScreenLabel } from '../screen-labels';

const featureCache = new WeakMap<readonly ReportingUnit[], FeatureCollection>();

export function unitFeatures(units: readonly ReportingUnit[]): FeatureCollection {
  let fc = featureCache.get(units);
  if (!fc) {
    const features: Feature[] = units.map((u) => ({ type: 'Feature', geometry: u.geometry, properties: { code: u.code, name: u.name } }));
    fc = { type: 'FeatureCollection', features };
    featureCache.set(units, fc);
  }
  return fc;
}

let emphasis: { units: readonly ReportingUnit[]; selectedCode: string | null; fc: FeatureCollection } | null = null;

/** Only the selected commune: every other one would cost a full outline pass per frame. */
function emphasised(units: readonly ReportingUnit[], selectedCode: string | null): FeatureCollection {
  if (emphasis && emphasis.units === units && emphasis.selectedCode === selectedCode) return emphasis.fc;
  const features: Feature[] = units
    .filter((u) => u.code === selectedCode)
    .map((u) => ({ type: 'Feature', geometry: u.geometry, properties: { code: u.code } }));
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  emphasis = { units, selectedCode, fc };
  return fc;
}

/** The selected commune gets a strong outline (the map's style draws them all). */
export function unitsLayer(units: readonly ReportingUnit[], selectedCode: string | null, visible: boolean): GeoJsonLayer {
  return new GeoJsonLayer({
    id: 'units',
    data: emphasised(units, selectedCode),
    visible,
    filled: false,
    stroked: true,
    getLineColor: [20, 60, 200, 255],
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
  });
}

type Ring = [number, number][];
const NO_POLYGONS: Ring[][] = [];
const ring = (r: Position[]): Ring => r.map((p): [number, number] => [p[0] ?? 0, p[1] ?? 0]);

/** The outer and inner rings of each polygon of a commune. */
export function unitPolygons(unit: ReportingUnit | undefined): Ring[][] {
  const g = unit?.geometry;
  if (!g) return NO_POLYGONS;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polygons.map((rings) => rings.map(ring));
}

/**
 * The tint of the commune under the pointer, a layer of its own: moving from one commune to the next changes only
 * this layer's few polygons (a GeoJsonLayer would build and drop sublayers as its data empties and fills).
 */
export function unitHoverLayer(polygons: Ring[][], visible: boolean): SolidPolygonLayer<Ring[]> {
  return new SolidPolygonLayer<Ring[]>({
    id: 'unit-hover',
    data: polygons,
    visible,
    getPolygon: (p) => p,
    getFillColor: [20, 60, 200, 40],
  });
}

/** Commune label size at a zoom, CSS pixels. */
export const unitLabelSizePx = (zoom: number): number => (zoom >= 11 ? 14 : 11);

/** Labels below this zoom would crowd the province view: none are placed or drawn. */
export const UNIT_LABELS_FROM_ZOOM = 8.5;

/** The names placeScreenLabels kept for this view, where it put them (so none overlaps another or a site). */
export function unitLabelsLayer(labels: readonly ScreenLabel[], visible: boolean, zoom: number, id = 'unit-labels'): TextLayer<ScreenLabel> {
  return new TextLayer<ScreenLabel>({
    id,
    data: labels as ScreenLabel[],
    visible: visible && zoom >= UNIT_LABELS_FROM_ZOOM,
    getPosition: (d) => d.position,
    getText: (d) => d.name,
    characterSet: 'auto',
    fontFamily: '"Noto Sans", sans-serif',
    fontWeight: 600,
    getSize: unitLabelSizePx(zoom),
    getColor: [40, 40, 40, 255],
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true, fontSize: 48, buffer: 12 },
    updateTriggers: { getSize: unitLabelSizePx(zoom) },
  });
}
