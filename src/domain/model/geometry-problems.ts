/**
 * Polygons as the engine and the map use them: every part has an outer ring, every ring holds at least 4 finite
 * positions, is closed and encloses some area. The layer readers close an open ring for the user; a stored or
 * imported project must already hold rings like these, or turf and the rasteriser fail on it later.
 */
import type { Position } from 'geojson';
import type { Dataset, UnitGeometry } from './types';

export type GeometryProblemCode = 'noPolygons' | 'noRings' | 'notFinite' | 'ringTooShort' | 'ringNotClosed' | 'ringZeroArea';

export interface GeometryProblem {
  code: GeometryProblemCode;
  /** Where in the coordinates: [part, ring], part −1 for a Polygon. */
  part: number;
  ring: number;
  /** Positions in the ring (ringTooShort). */
  count: number;
}

/**
 * Twice the signed area of a ring in degrees² (shoelace, relative to its first position); 0 for a ring that
 * encloses nothing, collinear positions included (what rounding leaves of their area counts as none).
 */
export function ringArea2(ring: readonly Position[]): number {
  const x0 = ring[0]?.[0] ?? 0;
  const y0 = ring[0]?.[1] ?? 0;
  let sum = 0;
  let extent = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const ax = (ring[i]?.[0] ?? 0) - x0;
    const ay = (ring[i]?.[1] ?? 0) - y0;
    const bx = (ring[i + 1]?.[0] ?? 0) - x0;
    const by = (ring[i + 1]?.[1] ?? 0) - y0;
    sum += ax * by - bx * ay;
    extent = Math.max(extent, Math.abs(bx), Math.abs(by));
  }
  return Math.abs(sum) <= 1e-12 * extent * extent ? 0 : sum;
}

const finitePos = (p: Position | undefined): boolean =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

export function ringProblem(ring: readonly Position[]): Omit<GeometryProblem, 'part' | 'ring'> | null {
  const count = Array.isArray(ring) ? ring.length : 0;
  if (!Array.isArray(ring) || ring.length < 4) return { code: 'ringTooShort', count };
  if (!ring.every(finitePos)) return { code: 'notFinite', count };
  const first = ring[0] ?? [];
  const last = ring[ring.length - 1] ?? [];
  if (first[0] !== last[0] || first[1] !== last[1]) return { code: 'ringNotClosed', count };
  if (ringArea2(ring) === 0) return { code: 'ringZeroArea', count };
  return null;
}

/** The first problem of a Polygon or MultiPolygon, or null when the engine can use it. */
export function polygonalProblem(geometry: UnitGeometry): GeometryProblem | null {
  const parts: { part: number; rings: Position[][] }[] = geometry.type === 'Polygon'
    ? [{ part: -1, rings: geometry.coordinates }]
    : geometry.coordinates.map((rings, part) => ({ part, rings }));
  if (!Array.isArray(geometry.coordinates) || parts.length === 0) return { code: 'noPolygons', part: -1, ring: 0, count: 0 };
  for (const { part, rings } of parts) {
    if (!Array.isArray(rings) || rings.length === 0) return { code: 'noRings', part, ring: 0, count: 0 };
    for (const [ring, positions] of rings.entries()) {
      const problem = ringProblem(positions);
      if (problem) return { ...problem, part, ring };
    }
  }
  return null;
}

export interface BadFeature {
  layer: 'units' | 'villages';
  index: number;
  /** The unit's code or the village's id. */
  id: string;
  name: string;
  problem: GeometryProblem;
}

/** Units and villages whose polygons the engine cannot use, in layer order. */
export function badPolygons(dataset: Dataset): BadFeature[] {
  const out: BadFeature[] = [];
  dataset.units.forEach((u, index) => {
    const problem = polygonalProblem(u.geometry);
    if (problem) out.push({ layer: 'units', index, id: u.code, name: u.name, problem });
  });
  dataset.villages.forEach((v, index) => {
    const problem = v.geometry ? polygonalProblem(v.geometry) : null;
    if (problem) out.push({ layer: 'villages', index, id: v.id, name: v.name, problem });
  });
  return out;
}

const GEOMETRY_TEXT_EN: Record<GeometryProblemCode, string> = {
  noPolygons: 'has no polygons',
  noRings: 'has a polygon with no rings',
  notFinite: 'has a position that is not a pair of finite numbers',
  ringTooShort: 'has a ring of {count} positions; a ring needs at least 4',
  ringNotClosed: 'has a ring whose last position is not its first',
  ringZeroArea: 'has a ring that encloses no area',
};

/** What is wrong, in English (the CLI's and the validator's language): "has a ring of 2 positions; …". */
export const geometryProblemText = (p: GeometryProblem): string => GEOMETRY_TEXT_EN[p.code].replace('{count}', String(p.count));

/** Where, as a path below `coordinates`: "[0]" (a Polygon's ring), "[1][0]" (a MultiPolygon's), "" for the whole. */
export function geometryProblemPath(p: GeometryProblem): string {
  if (p.code === 'noPolygons') return '';
  if (p.code === 'noRings') return p.part < 0 ? '' : `[${p.part}]`;
  return p.part < 0 ? `[${p.ring}]` : `[${p.part}][${p.ring}]`;
}
