import { formatValue } from './issues';

export type Pos = [number, number];

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What a single feature's geometry reading noticed without rejecting it. */
export interface CoordNotes {
  warnings: string[];
  /** Set when any position carried a 3rd/4th ordinate that was dropped. */
  zDropped: boolean;
}

export function newNotes(): CoordNotes {
  return { warnings: [], zDropped: false };
}

export const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

export function readPosition(raw: unknown, notes: CoordNotes): Checked<Pos> {
  if (!Array.isArray(raw) || raw.length < 2) return fail(`coordinate ${formatValue(raw)} is not a [longitude, latitude] position`);
  const lon: unknown = raw[0];
  const lat: unknown = raw[1];
  if (typeof lon !== 'number' || !Number.isFinite(lon) || typeof lat !== 'number' || !Number.isFinite(lat)) {
    return fail(`coordinate ${formatValue(raw)} is not a number`);
  }
  if (lon < -180 || lon > 180) return fail(`coordinate ${formatValue(raw)} has longitude ${lon} outside [-180, 180]`);
  if (lat < -90 || lat > 90) return fail(`coordinate ${formatValue(raw)} has latitude ${lat} outside [-90, 90]`);
  if (raw.length > 2) notes.zDropped = true;
  return { ok: true, value: [lon, lat] };
}

export function readPositions(raw: unknown, notes: CoordNotes, what: string): Checked<Pos[]> {
  if (!Array.isArray(raw)) return fail(`${what} is ${formatValue(raw)}, not an array of positions`);
  const out: Pos[] = [];
  for (const item of raw) {
    const pos = readPosition(item, notes);
    if (!pos.ok) return pos;
    out.push(pos.value);
  }
  return { ok: true, value: out };
}

const samePos = (a: Pos, b: Pos): boolean => a[0] === b[0] && a[1] === b[1];

/** A linear ring: closed if it was not (with a warning), and at least 4 positions. */
export function readRing(raw: unknown, notes: CoordNotes, what: string): Checked<Pos[]> {
  const read = readPositions(raw, notes, what);
  if (!read.ok) return read;
  const ring = read.value;
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && ring.length >= 3 && !samePos(first, last)) {
    ring.push([first[0], first[1]]);
    notes.warnings.push(`${what} was not closed; closed it by repeating its first position`);
  }
  if (ring.length < 4) return fail(`${what} has ${ring.length} positions; a ring needs at least 4`);
  const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return fail(`${what} has only ${distinct.size} distinct positions; it encloses no area`);
  return { ok: true, value: ring };
}

export function readPolygonCoords(raw: unknown, notes: CoordNotes, what: string): Checked<Pos[][]> {
  if (!Array.isArray(raw)) return fail(`${what} coordinates are ${formatValue(raw)}, not an array of rings`);
  if (raw.length === 0) return fail(`${what} is empty (no rings)`);
  const rings: Pos[][] = [];
  for (const [i, item] of raw.entries()) {
    const ring = readRing(item, notes, i === 0 ? `${what} outer ring` : `${what} hole ${i}`);
    if (!ring.ok) return ring;
    rings.push(ring.value);
  }
  return { ok: true, value: rings };
}

export function readLineCoords(raw: unknown, notes: CoordNotes, what: string): Checked<Pos[]> {
  const read = readPositions(raw, notes, what);
  if (!read.ok) return read;
  if (read.value.length < 2) return fail(`${what} has ${read.value.length} positions; a line needs at least 2`);
  return read;
}
