/** Short-range distances in metres on a local equirectangular frame (accurate to well under 1 % below 100 km). */
import type { LngLat } from '../model/types';
import { METRES_PER_DEG_LAT, metresPerDegLon } from '../ftth/local-metres';
import { pointSegmentDistSq } from '../ftth/planar-segments';

export function distanceM(a: LngLat, b: LngLat): number {
  const kx = metresPerDegLon((a[1] + b[1]) / 2);
  return Math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * METRES_PER_DEG_LAT);
}

/** Distance from a point to the nearest segment of a polyline; Infinity for an empty line. */
export function pointToPolylineM(p: LngLat, line: readonly LngLat[]): number {
  if (line.length === 1 && line[0]) return distanceM(p, line[0]);
  const kx = metresPerDegLon(p[1]);
  const ky = METRES_PER_DEG_LAT;
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i];
    const b = line[i + 1];
    if (!a || !b) continue;
    const d2 = pointSegmentDistSq(0, 0, (a[0] - p[0]) * kx, (a[1] - p[1]) * ky, (b[0] - p[0]) * kx, (b[1] - p[1]) * ky);
    if (d2 < best) best = d2;
  }
  return Math.sqrt(best);
}

/** Metres → degrees of latitude and of longitude at a latitude, for search boxes. */
export function metresToDeg(m: number, latDeg: number): { dLon: number; dLat: number } {
  return { dLon: m / metresPerDegLon(latDeg), dLat: m / METRES_PER_DEG_LAT };
}
