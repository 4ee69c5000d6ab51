/**
 * Measured samples from GeoJSON: a FeatureCollection of Points whose properties are read as a CSV's columns (the
 * point's longitude and latitude as two more), with the same rules and report; a bad feature is reported by its index.
 */
import { foldText } from '../../domain/text/fold';
import { featureSpans } from './geojson-feature-spans';
import { startRead, type ChunkedReadOptions, type MeasurementsRead, type ReadMeasurementsOptions } from './read-measurements';
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

/** The columns: the point's two, then every property name in the order the features first give them. */
class ColumnNames {
  readonly names: string[] = [...POINT_COLUMNS];
  private readonly seen = new Set<string>(this.names);

  add(feature: unknown): void {
    for (const k of Object.keys(propertiesOf(feature))) {
      if (!this.seen.has(k)) {
        this.seen.add(k);
        this.names.push(k);
      }
    }
  }
}

function cellsOf(feature: unknown, names: readonly string[]): string[] {
  const properties = propertiesOf(feature);
  return [...pointCells(feature), ...names.slice(POINT_COLUMNS.length).map((k) => cellOf(Object.hasOwn(properties, k) ? properties[k] : undefined))];
}

export function readMeasurementPoints(text: string, options: ReadMeasurementsOptions): MeasurementsRead {
  const features = featuresOf(text) ?? [];
  const columns = new ColumnNames();
  for (const f of features) columns.add(f);
  const reader = startRead('', { ...options, crs: 'wgs84' });
  if (!reader.step(columns.names, 0)) return reader.finish();
  for (let i = 0; i < features.length; i++) {
    if (!reader.feature(cellsOf(features[i], columns.names), i)) break;
  }
  return reader.finish();
}

/**
 * As `readMeasurementPoints`, a chunk of features at a time with a yield to the event loop between chunks, so the
 * worker reports progress and takes a cancel (rejecting with the signal's reason). The text is never parsed whole:
 * its features are located by one scan, then parsed one by one twice (first for the column names, then for the
 * samples; half the progress each) rather than all held as objects.
 */
export async function readMeasurementPointsChunked(text: string, options: ReadMeasurementsOptions & ChunkedReadOptions): Promise<MeasurementsRead> {
  const { rowsPerChunk = 50_000, onProgress, signal } = options;
  const aborted = (): unknown => signal?.reason ?? new DOMException('measurement import aborted', 'AbortError');
  if (signal?.aborted) throw aborted();
  const spans = featureSpans(text);
  const count = spans?.count ?? 0;
  const feature = (i: number): unknown => JSON.parse(text.slice(spans?.start[i] ?? 0, spans?.end[i] ?? 0));
  const pause = async (i: number, half: number): Promise<void> => {
    if ((i + 1) % rowsPerChunk !== 0 || i + 1 === count) return;
    onProgress?.((half + (i + 1) / count) / 2, i + 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) throw aborted();
  };
  const columns = new ColumnNames();
  let parsed = true;
  for (let i = 0; i < count && parsed; i++) {
    try {
      columns.add(feature(i));
    } catch {
      parsed = false;
    }
    await pause(i, 0);
  }
  const reader = startRead('', { ...options, crs: 'wgs84' });
  if (reader.step(parsed ? columns.names : [...POINT_COLUMNS], 0) && parsed) {
    for (let i = 0; i < count; i++) {
      if (!reader.feature(cellsOf(feature(i), columns.names), i)) break;
      await pause(i, 1);
    }
  }
  onProgress?.(1, count);
  return reader.finish();
}
