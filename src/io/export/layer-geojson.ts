import type { FeatureCollection } from 'geojson';
import type { CoverageFigures } from '../../domain/coverage/figures-types';
import type { ReportingUnit, Village } from '../../domain/model/types';
import { unitsToGeoJson, villagesToGeoJson } from '../geojson';
import { unitFigureProps, villageFigureProps } from './figure-props';

/** Units as GeoJSON that reopens in the app unchanged; with figures, each feature also carries its unit's figures. */
export function unitsGeoJsonExport(units: readonly ReportingUnit[], figures?: CoverageFigures): FeatureCollection {
  const props = figures ? unitFigureProps(figures) : undefined;
  return unitsToGeoJson(units, props ? (u) => props(u.code) : undefined);
}

export function villagesGeoJsonExport(villages: readonly Village[], figures?: CoverageFigures): FeatureCollection {
  const props = figures ? villageFigureProps(figures) : undefined;
  return villagesToGeoJson(villages, props ? (v) => props(v.id) : undefined);
}

/** File text for a GeoJSON download: UTF-8 JSON, one feature per line so diffs and text editors cope. */
export function geoJsonText(collection: FeatureCollection): string {
  const features = collection.features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${features}\n]}\n`;
}
