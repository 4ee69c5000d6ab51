/** Planar geometry in local metres. Rings are open (first vertex not repeated). */
export type XY = readonly [number, number];
export type Ring = XY[];
/** Polygons, each an outer ring followed by holes (GeoJSON MultiPolygon layout, rings open). */
export type PlanarShape = Ring[][];

export function ringArea(ring: readonly XY[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i];
    const q = ring[j];
    if (p && q) a += (q[0] - p[0]) * (q[1] + p[1]);
  }
  return a / 2;
}

/** Area-weighted centroid of a ring (zero-width bridges do not disturb it). */
export function ringCentroid(ring: readonly XY[]): XY {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[j];
    const q = ring[i];
    if (!p || !q) continue;
    const f = p[0] * q[1] - q[0] * p[1];
    a += f;
    cx += (p[0] + q[0]) * f;
    cy += (p[1] + q[1]) * f;
  }
  if (Math.abs(a) < 1e-9) return ring[0] ?? [0, 0];
  return [cx / (3 * a), cy / (3 * a)];
}

export function shapeArea(shape: PlanarShape): number {
  let total = 0;
  for (const polygon of shape) {
    polygon.forEach((ring, k) => {
      const a = Math.abs(ringArea(ring));
      total += k === 0 ? a : -a;
    });
  }
  return total;
}

export function pointInRing(p: XY, ring: readonly XY[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) {
      inside = !inside;
    }
  }
  return inside;
}

export function pointInShape(p: XY, shape: PlanarShape): boolean {
  for (const polygon of shape) {
    const [outer, ...holes] = polygon;
    if (outer && pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h))) return true;
  }
  return false;
}

/**
 * Sutherland–Hodgman step: keeps the part of `ring` where a·x + b·y <= c. The ring may be concave; the
 * result's area is exact even if a concave ring splits (the pieces stay joined by zero-width bridges).
 */
export function clipHalfPlane(ring: readonly XY[], a: number, b: number, c: number): Ring {
  const out: Ring = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % n];
    if (!p || !q) continue;
    const fp = a * p[0] + b * p[1] - c;
    const fq = a * q[0] + b * q[1] - c;
    if (fp <= 0) out.push(p);
    if ((fp < 0 && fq > 0) || (fp > 0 && fq < 0)) {
      const t = fp / (fp - fq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

export function bbox(points: readonly XY[]): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x); minY = Math.min(minY, y);
    maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

export function dist(p: XY, q: XY): number {
  return Math.hypot(p[0] - q[0], p[1] - q[1]);
}

/** Closest point to `p` on segment a–b. */
export function closestOnSegment(p: XY, a: XY, b: XY): XY {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return [a[0] + t * dx, a[1] + t * dy];
}
