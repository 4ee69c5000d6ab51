/**
 * Polygons as the engine and the map use them: every part has an outer ring, every ring holds at least 4 finite
 * positions and is closed, and every outer ring encloses some area. The layer readers close an open ring for the
 * user; a stored or imported project must already hold rings like these, or turf and the rasteriser fail on it.
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
 * Whether a ring's positions do not all lie on one line (a signed area would call a figure-of-eight flat: its two
 * lobes cancel). Offsets within a billionth of the ring's span from the line count as on it.
 */
export function ringEnclosesArea(ring: readonly Position[]): boolean {
  const x0 = ring[0]?.[0] ?? 0;
  const y0 = ring[0]?.[1] ?? 0;
  let dx = 0;
  let dy = 0;
  for (const p of ring) {
    const ex = (p[0] ?? 0) - x0;
    const ey = (p[1] ?? 0) - y0;
    if (ex * ex + ey * ey > dx * dx + dy * dy) [dx, dy] = [ex, ey];
  }
  const span2 = dx * dx + dy * dy;
  return ring.some((p) => Math.abs(((p[0] ?? 0) - x0) * dy - ((p[1] ?? 0) - y0) * dx) > 1e-9 * span2);
}

const finitePos = (p: Position | undefined): boolean =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** `outer`: an outer ring must enclose some area; a flat hole takes nothing away (real boundary files have them). */
export function ringProblem(ring: readonly Position[], outer = true): Omit<GeometryProblem, 'part' | 'ring'> | null {
  const count = Array.isArray(ring) ? ring.length : 0;
  if (!Array.isArray(ring) || ring.length < 4) return { code: 'ringTooShort', count };
  if (!ring.every(finitePos)) return { code: 'notFinite', count };
  const first = ring[0] ?? [];
  const last = ring[ring.length - 1] ?? [];
  if (first[0] !== last[0] || first[1] !== last[1]) return { code: 'ringNotClosed', count };
  if (outer && !ringEnclosesArea(ring)) return { code: 'ringZeroArea', count };
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
      const problem = ringProblem(positions, ring === 0);
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

/** Where, as a path below `coordinates`: "[0]" (a Polygon's ring), "[1][0]" (a MultiPolygon's), "" for the whole. */
export function geometryProblemPath(p: GeometryProblem): string {
  if (p.code === 'noPolygons') return '';
  if (p.code === 'noRings') return p.part < 0 ? '' : `[${p.part}]`;
  return p.part < 0 ? `[${p.ring}]` : `[${p.part}][${p.ring}]`;
}
