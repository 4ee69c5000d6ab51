import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
import type { ReportingUnit } from '../../domain/model/types';
import type { DerivedLayers } from '../../worker/derived-layers';

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

/** Transparent commune polygons; the selected one gets a strong outline, the one under the pointer a tint. */
export function unitsLayer(units: readonly ReportingUnit[], selectedCode: string | null, hoveredIndex: number, visible: boolean): GeoJsonLayer {
  return new GeoJsonLayer({
    id: 'units',
    data: unitFeatures(units),
    visible,
    filled: true,
    stroked: true,
    getFillColor: [0, 0, 0, 0],
    getLineColor: (f: Feature) => (f.properties?.code === selectedCode ? [20, 60, 200, 255] : [0, 0, 0, 0]),
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
    highlightedObjectIndex: hoveredIndex >= 0 ? hoveredIndex : null,
    highlightColor: [20, 60, 200, 40],
    updateTriggers: { getLineColor: selectedCode },
  });
}

export function unitLabelsLayer(derived: DerivedLayers, visible: boolean, zoom: number): TextLayer<DerivedLayers['labels'][number]> {
  return new TextLayer<DerivedLayers['labels'][number]>({
    id: 'unit-labels',
    data: derived.labels,
    visible: visible && zoom >= 8.5,
    getPosition: (d) => [d.point[0], d.point[1]],
    getText: (d) => d.name,
    characterSet: 'auto',
    fontFamily: '"Noto Sans", sans-serif',
    fontWeight: 600,
    getSize: zoom >= 11 ? 14 : 11,
    getColor: [40, 40, 40, 255],
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true, fontSize: 48, buffer: 12 },
    updateTriggers: { getSize: zoom >= 11 },
  });
}
