import type { ImportIssue } from '../../domain/model/types';
import { formatValue } from './issues';
import { locateJsonError, quoteNonFiniteLiterals } from './json-errors';
import { errorMessage } from '../../domain/text/error-message';
import { layerIssue, layerText, type LayerText } from '../layer-issues';

export interface ParsedGeoJson {
  /** Raw features; bare geometries are wrapped as features with no properties. */
  features: unknown[];
  issues: ImportIssue[];
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);
const WGS84_CRS = /(CRS84|EPSG:?:?4326|WGS\s*84)$/i;

const error = (text: LayerText, line?: number): ImportIssue => ({ ...layerIssue('error', text), ...(line === undefined ? {} : { line }) });
const warning = (text: LayerText): ImportIssue => layerIssue('warning', text);

function jsonFailure(text: string, fileName: string, message: string): ImportIssue {
  const spot = locateJsonError(text);
  if (!spot) return error(layerText('jsonInvalid', { file: fileName, detail: message }));
  const near = text.slice(spot.offset, spot.offset + 20).split('\n')[0] ?? '';
  const found: Record<string, string> = spot.offset >= text.length ? { foundCode: 'w_endOfFile' } : { found: JSON.stringify(near) };
  const where = { file: fileName, line: spot.line, column: spot.column, offset: spot.offset, expected: spot.expected };
  return error(layerText('jsonInvalidAt', { ...where, ...found }), spot.line);
}

function parseJson(text: string, fileName: string, issues: ImportIssue[]): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = errorMessage(e);
    const lenient = quoteNonFiniteLiterals(text);
    if (lenient !== null) {
      try {
        const value = JSON.parse(lenient) as unknown;
        issues.push(warning(layerText('jsonNonFinite', { file: fileName })));
        return { ok: true, value };
      } catch {
        // fall through: report the original text's error
      }
    }
    issues.push(jsonFailure(text, fileName, message));
    return { ok: false };
  }
}

function crsWarning(root: Record<string, unknown>, fileName: string): ImportIssue | null {
  const crs = root.crs as { properties?: { name?: unknown } } | undefined;
  const name = crs?.properties?.name;
  if (typeof name !== 'string' || WGS84_CRS.test(name)) return null;
  return warning(layerText('crsDeclared', { file: fileName, crs: JSON.stringify(name) }));
}

export function parseGeoJsonText(text: string, fileName: string): ParsedGeoJson {
  const issues: ImportIssue[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { features: [], issues: [error(layerText('fileEmpty', { file: fileName }))] };
  const parsed = parseJson(body, fileName, issues);
  if (!parsed.ok) return { features: [], issues };
  const root = parsed.value;
  let features: unknown[];
  if (Array.isArray(root)) {
    features = root;
  } else if (root !== null && typeof root === 'object') {
    const obj = root as Record<string, unknown>;
    const crs = crsWarning(obj, fileName);
    if (crs) issues.push(crs);
    if (obj.type === 'FeatureCollection') {
      if (!Array.isArray(obj.features)) return { features: [], issues: [...issues, error(layerText('noFeaturesArray', { file: fileName }))] };
      features = obj.features;
    } else if (obj.type === 'Feature') {
      features = [obj];
    } else if (typeof obj.type === 'string' && GEOMETRY_TYPES.has(obj.type)) {
      features = [{ type: 'Feature', properties: {}, geometry: obj }];
    } else {
      return { features: [], issues: [...issues, error(layerText('notGeoJsonType', { file: fileName, type: formatValue(obj.type) }))] };
    }
  } else {
    return { features: [], issues: [error(layerText('notGeoJsonTop', { file: fileName, value: formatValue(root) }))] };
  }
  if (features.length === 0) issues.push(warning(layerText('noFeatures', { file: fileName })));
  return { features, issues };
}
