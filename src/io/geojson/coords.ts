import { layerText, nested, type LayerIssueCode, type LayerIssueParams, type LayerText } from '../layer-issues';
import { formatValue } from './issues';
import { ringEnclosesArea } from '../../domain/model/geometry-problems';

export type Pos = [number, number];

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: LayerText };

/** What a single feature's geometry reading noticed without rejecting it. */
export interface CoordNotes {
  warnings: LayerText[];
  /** Set when any position carried a 3rd/4th ordinate that was dropped. */
  zDropped: boolean;
}

export function newNotes(): CoordNotes {
  return { warnings: [], zDropped: false };
}

export const fail = (code: LayerIssueCode, params: LayerIssueParams = {}): { ok: false; reason: LayerText } => ({ ok: false, reason: layerText(code, params) });

const failAt = (code: LayerIssueCode, where: LayerText, params: LayerIssueParams = {}): { ok: false; reason: LayerText } =>
  ({ ok: false, reason: nested(code, params, { where }) });

/** The part of a polygon a ring is: `part` counts polygons from 1 in a multi-part shape (null for a single one). */
function ringWhere(part: number | null, ring: number): LayerText {
  if (part === null) return ring === 0 ? layerText('w_outerRing') : layerText('w_hole', { hole: ring });
  return ring === 0 ? layerText('w_partOuterRing', { part }) : layerText('w_partHole', { part, hole: ring });
}

export function readPosition(raw: unknown, notes: CoordNotes): Checked<Pos> {
  if (!Array.isArray(raw) || raw.length < 2) return fail('posNotPosition', { value: formatValue(raw) });
  const lon: unknown = raw[0];
  const lat: unknown = raw[1];
  if (typeof lon !== 'number' || !Number.isFinite(lon) || typeof lat !== 'number' || !Number.isFinite(lat)) {
    return fail('posNotNumber', { value: formatValue(raw) });
  }
  if (lon < -180 || lon > 180) return fail('posLon', { value: formatValue(raw), lon });
  if (lat < -90 || lat > 90) return fail('posLat', { value: formatValue(raw), lat });
  if (raw.length > 2) notes.zDropped = true;
  return { ok: true, value: [lon, lat] };
}

export function readPositions(raw: unknown, notes: CoordNotes, where: LayerText): Checked<Pos[]> {
  if (!Array.isArray(raw)) return failAt('positionsNotArray', where, { value: formatValue(raw) });
  const out: Pos[] = [];
  for (const item of raw) {
    const pos = readPosition(item, notes);
    if (!pos.ok) return pos;
    out.push(pos.value);
  }
  return { ok: true, value: out };
}

const samePos = (a: Pos, b: Pos): boolean => a[0] === b[0] && a[1] === b[1];

/**
 * A linear ring: closed if it was not (with a warning), and at least 4 positions; an outer ring must enclose some
 * area (a flat hole takes nothing away, and real boundary files have them).
 */
export function readRing(raw: unknown, notes: CoordNotes, where: LayerText, outer = true): Checked<Pos[]> {
  const read = readPositions(raw, notes, where);
  if (!read.ok) return read;
  const ring = read.value;
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && ring.length >= 3 && !samePos(first, last)) {
    ring.push([first[0], first[1]]);
    notes.warnings.push(nested('ringNotClosed', {}, { where }));
  }
  if (ring.length < 4) return failAt('ringTooShort', where, { count: ring.length });
  const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return failAt('ringNoArea', where, { count: distinct.size });
  if (outer && !ringEnclosesArea(ring)) return failAt('ringZeroArea', where);
  return { ok: true, value: ring };
}

export function readPolygonCoords(raw: unknown, notes: CoordNotes, part: number | null): Checked<Pos[][]> {
  const where = part === null ? layerText('w_polygon') : layerText('w_polygonPart', { part });
  if (!Array.isArray(raw)) return failAt('ringsNotArray', where, { value: formatValue(raw) });
  if (raw.length === 0) return failAt('noRings', where);
  const rings: Pos[][] = [];
  for (const [i, item] of raw.entries()) {
    const ring = readRing(item, notes, ringWhere(part, i), i === 0);
    if (!ring.ok) return ring;
    rings.push(ring.value);
  }
  return { ok: true, value: rings };
}

export function readLineCoords(raw: unknown, notes: CoordNotes, part: number | null): Checked<Pos[]> {
  const where = part === null ? layerText('w_line') : layerText('w_linePart', { part });
  const read = readPositions(raw, notes, where);
  if (!read.ok) return read;
  if (read.value.length < 2) return failAt('lineTooShort', where, { count: read.value.length });
  return read;
}
