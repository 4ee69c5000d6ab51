import { kinks, rewind } from '@turf/turf';
import type { UnitGeometry } from '../../domain/model/types';
import { fail, readLineCoords, readPolygonCoords, readPosition, type Checked, type CoordNotes, type Pos } from './coords';
import { layerText, nested, type LayerText } from '../layer-issues';
import { formatValue } from './issues';
import { own } from '../../domain/model/dict';

interface RawGeometry {
  type: string;
  coordinates: unknown;
  geometries: unknown;
}

/** turf's kinks compares every segment pair: beyond this a single polygon would stall the import for minutes. */
const MAX_KINK_CHECK_VERTICES = 10_000;

export type ShapeClass = 'polygon' | 'line' | 'point';

const CLASS_OF: Record<string, ShapeClass> = {
  Polygon: 'polygon', MultiPolygon: 'polygon', LineString: 'line', MultiLineString: 'line', Point: 'point', MultiPoint: 'point',
};

function asGeometry(raw: unknown): Checked<RawGeometry> {
  if (raw === null || raw === undefined) return fail('geomNull');
  if (typeof raw !== 'object' || Array.isArray(raw)) return fail('geomNotObject', { value: formatValue(raw) });
  const { type, coordinates, geometries } = raw as Record<string, unknown>;
  if (typeof type !== 'string' || (!Object.hasOwn(CLASS_OF, type) && type !== 'GeometryCollection')) {
    return fail('geomBadType', { value: formatValue(type) });
  }
  if (type === 'GeometryCollection' && (!Array.isArray(geometries) || geometries.length === 0)) return fail('geomEmptyCollection');
  if (type !== 'GeometryCollection' && Array.isArray(coordinates) && coordinates.length === 0) return fail('geomEmptyCoords', { type });
  return { ok: true, value: { type, coordinates, geometries } };
}

/** Simple geometries inside, with GeometryCollections flattened; fails on malformed members. */
function members(raw: unknown): Checked<RawGeometry[]> {
  const geom = asGeometry(raw);
  if (!geom.ok) return geom;
  if (geom.value.type !== 'GeometryCollection') return { ok: true, value: [geom.value] };
  const out: RawGeometry[] = [];
  for (const child of geom.value.geometries as unknown[]) {
    const inner = members(child);
    // A member of a nested collection is named once.
    if (!inner.ok) return inner.reason.code === 'collectionMember' ? inner : { ok: false, reason: nested('collectionMember', {}, { member: inner.reason }) };
    out.push(...inner.value);
  }
  return { ok: true, value: out };
}

/** Geometry classes present (for layer detection); empty when the geometry is unusable. */
export function shapeClasses(raw: unknown): ShapeClass[] {
  const m = members(raw);
  return m.ok ? m.value.map((g) => own(CLASS_OF, g.type)).filter((c): c is ShapeClass => c !== undefined) : [];
}

/** Keeps the members of one class; a collection that holds others gets a warning naming what was ignored. */
function membersOf(raw: unknown, cls: ShapeClass, notes: CoordNotes, wanted: LayerText): Checked<RawGeometry[]> {
  const m = members(raw);
  if (!m.ok) return m;
  const kept = m.value.filter((g) => own(CLASS_OF, g.type) === cls);
  const isCollection = (raw as { type?: unknown }).type === 'GeometryCollection';
  if (kept.length === 0) {
    const found = [...new Set(m.value.map((g) => g.type))].join(', ');
    return { ok: false, reason: nested(isCollection ? 'collectionNoWanted' : 'geomWrongKind', { found }, { wanted }) };
  }
  if (isCollection && kept.length < m.value.length) {
    notes.warnings.push(nested('collectionIgnored', { count: m.value.length - kept.length }, { wanted }));
  }
  return { ok: true, value: kept };
}

export function readPolygonal(raw: unknown, notes: CoordNotes): Checked<UnitGeometry> {
  const m = membersOf(raw, 'polygon', notes, layerText('w_wantPolygon'));
  if (!m.ok) return m;
  const polygons: Pos[][][] = [];
  for (const g of m.value) {
    const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(parts)) return fail('coordsNotArray', { type: g.type, value: formatValue(parts) });
    for (const [i, part] of parts.entries()) {
      const poly = readPolygonCoords(part, notes, parts.length > 1 ? i + 1 : null);
      if (!poly.ok) return poly;
      polygons.push(poly.value);
    }
  }
  const first = polygons[0];
  if (!first) return fail('noPolygons');
  const shape: UnitGeometry = polygons.length === 1 ? { type: 'Polygon', coordinates: first } : { type: 'MultiPolygon', coordinates: polygons };
  const wound = windPolygonal(shape);
  const vertices = polygons.reduce((n, poly) => poly.reduce((m, ring) => m + ring.length, n), 0);
  if (vertices > MAX_KINK_CHECK_VERTICES) {
    notes.warnings.push(layerText('tooManyVertices', { count: vertices, limit: MAX_KINK_CHECK_VERTICES }));
    return { ok: true, value: wound };
  }
  const crossings = kinks(wound).features;
  const at = crossings[0]?.geometry.coordinates;
  if (at) notes.warnings.push(layerText('selfIntersects', { count: crossings.length, at: at.map((v) => v.toFixed(5)).join(', ') }));
  return { ok: true, value: wound };
}

/** RFC 7946 winding: outer rings counter-clockwise, holes clockwise. Returns a copy. */
export function windPolygonal(shape: UnitGeometry): UnitGeometry {
  const out = rewind(shape);
  return out.type === 'Polygon' || out.type === 'MultiPolygon' ? out : shape;
}

/** Every line part: a LineString gives one, a MultiLineString or collection gives several. */
export function readLines(raw: unknown, notes: CoordNotes): Checked<Pos[][]> {
  const m = membersOf(raw, 'line', notes, layerText('w_wantLine'));
  if (!m.ok) return m;
  const lines: Pos[][] = [];
  for (const g of m.value) {
    const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(parts)) return fail('coordsNotArray', { type: g.type, value: formatValue(parts) });
    for (const [i, part] of parts.entries()) {
      const line = readLineCoords(part, notes, parts.length > 1 ? i + 1 : null);
      if (!line.ok) return line;
      lines.push(line.value);
    }
  }
  return lines.length > 0 ? { ok: true, value: lines } : fail('noLines');
}

export function readPoints(raw: unknown, notes: CoordNotes): Checked<Pos[]> {
  const m = membersOf(raw, 'point', notes, layerText('w_wantPoint'));
  if (!m.ok) return m;
  const points: Pos[] = [];
  for (const g of m.value) {
    const list = g.type === 'Point' ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(list)) return fail('coordsNotArray', { type: g.type, value: formatValue(list) });
    for (const item of list) {
      const pos = readPosition(item, notes);
      if (!pos.ok) return pos;
      points.push(pos.value);
    }
  }
  return points.length > 0 ? { ok: true, value: points } : fail('noPoints');
}
