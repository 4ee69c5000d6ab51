import { clipHalfPlane, ringArea, ringCentroid, type Ring, type XY } from './planar';

/**
 * Power diagram (weighted Voronoi): cell i = { x : |x−pᵢ|² − wᵢ ≤ |x−pⱼ|² − wⱼ for all j }.
 * Each cell is `subject` clipped by the half-planes 2x·(pⱼ−pᵢ) ≤ |pⱼ|² − |pᵢ|² − wⱼ + wᵢ.
 * `subject` may be concave (Sutherland–Hodgman then leaves zero-width bridges, but areas stay exact).
 */
export function powerCell(subject: readonly XY[], points: readonly XY[], weights: readonly number[], i: number): Ring {
  let ring: Ring = subject.slice();
  for (let j = 0; j < points.length && ring.length > 0; j++) {
    const h = bisector(points, weights, i, j);
    if (h) ring = clipHalfPlane(ring, h[0], h[1], h[2]);
  }
  return ring;
}

/**
 * Like `powerCell`, but null when some bisector cuts `subject` more than twice: only then can the clip
 * split a concave subject, so a non-null result is a simple polygon and no polygon boolean is needed.
 */
export function powerCellSimple(subject: readonly XY[], points: readonly XY[], weights: readonly number[], i: number): Ring | null {
  let ring: Ring = subject.slice();
  for (let j = 0; j < points.length && ring.length > 0; j++) {
    const h = bisector(points, weights, i, j);
    if (!h) continue;
    if (crossings(ring, h[0], h[1], h[2]) > 2) return null;
    ring = clipHalfPlane(ring, h[0], h[1], h[2]);
  }
  return ring;
}

function crossings(ring: readonly XY[], a: number, b: number, c: number): number {
  let count = 0;
  for (let k = 0; k < ring.length; k++) {
    const p = ring[k];
    const q = ring[(k + 1) % ring.length];
    if (p && q && a * p[0] + b * p[1] - c <= 0 !== a * q[0] + b * q[1] - c <= 0) count++;
  }
  return count;
}

/** Half-plane a·x + b·y ≤ c of points closer (in power distance) to i than to j. */
function bisector(points: readonly XY[], weights: readonly number[], i: number, j: number): [number, number, number] | null {
  const pi = points[i];
  const pj = points[j];
  if (i === j || !pi || !pj) return null;
  const a = 2 * (pj[0] - pi[0]);
  const b = 2 * (pj[1] - pi[1]);
  const c = pj[0] * pj[0] + pj[1] * pj[1] - pi[0] * pi[0] - pi[1] * pi[1] - (weights[j] ?? 0) + (weights[i] ?? 0);
  return [a, b, c];
}

export interface PowerCellStats {
  area: number;
  centroid: XY;
  /** Length of the edge shared with each neighbour j, metres. */
  shared: Map<number, number>;
}

/** Area of cell i and the lengths of its edges on each bisector (for the weight-fitting Newton step). */
export function powerCellStats(subject: readonly XY[], points: readonly XY[], weights: readonly number[], i: number): PowerCellStats {
  const ring = powerCell(subject, points, weights, i);
  const shared = new Map<number, number>();
  for (let k = 0; k < ring.length; k++) {
    const p = ring[k];
    const q = ring[(k + 1) % ring.length];
    if (!p || !q) continue;
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (len < 1e-6) continue;
    const mx = (p[0] + q[0]) / 2;
    const my = (p[1] + q[1]) / 2;
    for (let j = 0; j < points.length; j++) {
      const h = bisector(points, weights, i, j);
      if (!h) continue;
      const off = Math.abs(h[0] * mx + h[1] * my - h[2]) / Math.hypot(h[0], h[1]);
      if (off < 1e-3) {
        shared.set(j, (shared.get(j) ?? 0) + len);
        break;
      }
    }
  }
  return { area: Math.abs(ringArea(ring)), centroid: ringCentroid(ring), shared };
}
