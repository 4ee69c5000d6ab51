import { parseDbf, parseShp } from 'shpjs';
import { dict } from '../../domain/model/dict';
import type { ImportIssue } from '../../domain/model/types';
import { errorMessage } from '../../domain/text/error-message';
import { prjProjection } from './prj-projection';
import { shapefilePartsFromZip, type ShapefileParts } from './shapefile-parts';
import { layerIssue, layerText, withProblem, type LayerText } from '../layer-issues';

/** One shapefile layer as raw GeoJSON features in WGS84, ready for the GeoJSON layer readers. */
export interface ShapefileFeatures {
  /** Path of the .shp inside the zip without extension. */
  name: string;
  features: unknown[];
  issues: ImportIssue[];
}

const error = (text: LayerText): ImportIssue => layerIssue('error', text);
const warning = (text: LayerText): ImportIssue => layerIssue('warning', text);
const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

/** Record count × record length must fit in the file; parsedbf would otherwise read past the end and throw or invent rows. */
function dbfProblem(dbf: Uint8Array): LayerText | null {
  if (dbf.byteLength < 33) return layerText('dbfTooShort', { bytes: dbf.byteLength });
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const records = view.getUint32(4, true);
  const headerLen = view.getUint16(8, true);
  const recordLen = view.getUint16(10, true);
  if (headerLen < 33 || recordLen < 1) return layerText('dbfBrokenHeader', { header: headerLen, record: recordLen });
  if (headerLen + records * recordLen > dbf.byteLength) {
    return layerText('dbfTruncated', { records, record: recordLen, bytes: dbf.byteLength });
  }
  return null;
}

/**
 * dBase numbers that are blank come out as NaN and dates as Date objects; GeoJSON needs null and text. Windows-1258
 * writes most Vietnamese tones as combining marks, so text is composed (NFC) to compare equal to typed names.
 */
function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return value;
}

function readAttributes(parts: ShapefileParts, label: string, issues: ImportIssue[]): Record<string, unknown>[] {
  if (!parts.dbf) {
    issues.push(warning(layerText('noDbf', { label })));
    return [];
  }
  const problem = dbfProblem(parts.dbf);
  if (problem) {
    issues.push(error(withProblem('dbfBad', { label }, problem)));
    return [];
  }
  let rows: unknown[];
  try {
    rows = parseDbf(arrayBuffer(parts.dbf), arrayBuffer(new TextEncoder().encode(parts.cpg?.trim() ?? '')));
  } catch (e) {
    issues.push(error(layerText('dbfUnreadable', { label, detail: errorMessage(e) })));
    return [];
  }
  const out = rows.map((row) => {
    // a DBF field may be called "__proto__" or "constructor"
    return dict(row !== null && typeof row === 'object' ? Object.entries(row).map(([k, v]) => [k, cleanValue(v)] as const) : []);
  });
  const garbled = out.some((props) => Object.values(props).some((v) => typeof v === 'string' && v.includes('\uFFFD')));
  if (garbled) {
    issues.push(warning(parts.cpg ? layerText('dbfGarbledCpg', { label, cpg: parts.cpg.trim() }) : layerText('dbfGarbledNoCpg', { label })));
  }
  return out;
}

function readLayer(parts: ShapefileParts, fileName: string): ShapefileFeatures {
  const label = `${fileName} (${parts.base}.shp)`;
  const issues: ImportIssue[] = [];
  const projection = prjProjection(parts.prj);
  if (!projection.ok) return { name: parts.base, features: [], issues: [error(withProblem('prjBad', { label }, projection.problem))] };
  if (parts.prj === null) issues.push(warning(layerText('noPrj', { label })));
  if (projection.vn2000) issues.push(warning(layerText('prjVn2000Shift', { label })));
  let geometries: unknown[];
  try {
    geometries = projection.def === null ? parseShp(arrayBuffer(parts.shp)) : parseShp(arrayBuffer(parts.shp), projection.def);
  } catch (e) {
    return { name: parts.base, features: [], issues: [...issues, error(layerText('shpUnreadable', { label, detail: errorMessage(e) }))] };
  }
  const attributes = readAttributes(parts, label, issues);
  if (attributes.length > 0 && attributes.length !== geometries.length) {
    issues.push(warning(layerText('shpDbfCounts', { label, shapes: geometries.length, records: attributes.length })));
  }
  const features = geometries.map((geometry, i) => ({ type: 'Feature', properties: attributes[i] ?? {}, geometry: geometry ?? null }));
  return { name: parts.base, features, issues };
}

/** Every shapefile layer in a zip; a file that is not a usable zip gives no layers and one error naming it. */
export function readShapefileZip(bytes: Uint8Array, fileName: string): { layers: ShapefileFeatures[]; issues: ImportIssue[] } {
  const found = shapefilePartsFromZip(bytes);
  if (!found.ok) return { layers: [], issues: [error(withProblem('zipProblem', { file: fileName }, found.problem))] };
  return { layers: found.layers.map((parts) => readLayer(parts, fileName)), issues: [] };
}
