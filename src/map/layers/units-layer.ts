import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
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

let emphasis: { units: readonly ReportingUnit[]; selectedCode: string | null; hoveredIndex: number; fc: FeatureCollection } | null = null;

/** Only the selected and the hovered commune: every other one would cost a full outline and fill pass per frame. */
function emphasised(units: readonly ReportingUnit[], selectedCode: string | null, hoveredIndex: number): FeatureCollection {
  if (emphasis && emphasis.units === units && emphasis.selectedCode === selectedCode && emphasis.hoveredIndex === hoveredIndex) return emphasis.fc;
  const features: Feature[] = [];
  units.forEach((u, i) => {
    const selected = u.code === selectedCode;
    if (!selected && i !== hoveredIndex) return;
    features.push({ type: 'Feature', geometry: u.geometry, properties: { code: u.code, selected, hovered: i === hoveredIndex } });
  });
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  emphasis = { units, selectedCode, hoveredIndex, fc };
  return fc;
}

/** The selected commune gets a strong outline, the one under the pointer a tint (the map's style draws them all). */
export function unitsLayer(units: readonly ReportingUnit[], selectedCode: string | null, hoveredIndex: number, visible: boolean): GeoJsonLayer {
  return new GeoJsonLayer({
    id: 'units',
    data: emphasised(units, selectedCode, hoveredIndex),
    visible,
    filled: true,
    stroked: true,
    getFillColor: (f: Feature) => (f.properties?.hovered ? [20, 60, 200, 40] : [0, 0, 0, 0]),
    getLineColor: (f: Feature) => (f.properties?.selected ? [20, 60, 200, 255] : [0, 0, 0, 0]),
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
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
