/**
 * Measured samples from GeoJSON: a FeatureCollection of Points whose properties are read as a CSV's columns (the
 * point's longitude and latitude as two more), with the same rules and report; a bad feature is reported by its index.
 */
import { foldText } from '../../domain/text/fold';
import { startRead, type MeasurementsRead, type ReadMeasurementsOptions } from './read-measurements';
import { namesMeasuredLevel } from './recognise-measurements';

/** The columns the point's coordinates are given as (a property of the same name gives way to them). */
const POINT_COLUMNS = ['lon', 'lat'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The features of a FeatureCollection, or null when the text is not one. */
function featuresOf(text: string): unknown[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  return isObject(parsed) && parsed.type === 'FeatureCollection' && Array.isArray(parsed.features) ? parsed.features : null;
}

const propertiesOf = (f: unknown): Record<string, unknown> => (isObject(f) && isObject(f.properties) ? f.properties : {});

/** A GeoJSON FeatureCollection of Points with a property naming a measured level (RSRP, RSCP, RxLev, "mức thu"). */
export function looksLikeMeasurementPoints(text: string): boolean {
  const features = featuresOf(text);
  if (!features) return false;
  const first = features.find((f) => isObject(f) && isObject(f.geometry) && f.geometry.type === 'Point');
  return first !== undefined && Object.keys(propertiesOf(first)).some((k) => namesMeasuredLevel(foldText(k.trim()).replace(/_+/g, ' ')));
}

/** A property as a CSV cell: numbers and text as written, anything else empty (not a level, not a name). */
function cellOf(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** The point's [lon, lat] as cells; empty when the feature is not a Point with two numbers. */
function pointCells(f: unknown): [string, string] {
  const g = isObject(f) ? f.geometry : null;
  if (!isObject(g) || g.type !== 'Point' || !Array.isArray(g.coordinates)) return ['', ''];
  const [lon, lat] = g.coordinates as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' ? [String(lon), String(lat)] : ['', ''];
}

export function readMeasurementPoints(text: string, options: ReadMeasurementsOptions): MeasurementsRead {
  const features = featuresOf(text) ?? [];
  const names: string[] = [...POINT_COLUMNS];
  const seen = new Set<string>(names);
  for (const f of features) {
    for (const k of Object.keys(propertiesOf(f))) {
      if (!seen.has(k)) {
        seen.add(k);
        names.push(k);
      }
    }
  }
  const reader = startRead('', { ...options, crs: 'wgs84' });
  if (!reader.step(names, 0)) return reader.finish();
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    const properties = propertiesOf(f);
    const cells = [...pointCells(f), ...names.slice(POINT_COLUMNS.length).map((k) => cellOf(Object.hasOwn(properties, k) ? properties[k] : undefined))];
    if (!reader.feature(cells, i)) break;
  }
  return reader.finish();
}
