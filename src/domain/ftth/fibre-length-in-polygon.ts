import type { Laying } from '../model/types';
import type { FibreSegmentIndex } from './fibre-segment-index';
import { segmentLengthM } from './local-metres';
import { crossingParam } from './planar-segments';
import type { PolygonEdges } from './polygon-edges';

export type FibreKm = Record<Laying, number>;

/**
 * Kilometres of fibre inside a polygon, by laying. Each candidate segment is split at its crossings with the
 * polygon's edges; a piece counts when its midpoint is inside. Exact up to the planar-segment approximation.
 */
export function fibreKmInPolygon(index: FibreSegmentIndex, polygon: PolygonEdges): FibreKm {
  const km: FibreKm = { aerial: 0, underground: 0, duct: 0, unknown: 0 };
  if (polygon.count === 0) return km;
  const s = index.segments;
  const e = polygon.edges;
  for (const i of index.segmentsIn(polygon.minLon, polygon.minLat, polygon.maxLon, polygon.maxLat)) {
    const o = i * 4;
    const x1 = s[o] ?? 0, y1 = s[o + 1] ?? 0, x2 = s[o + 2] ?? 0, y2 = s[o + 3] ?? 0;
    const cuts = [0, 1];
    const edgeIds = polygon.edgesIn(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    for (const j of edgeIds) {
      const p = j * 4;
      const t = crossingParam(x1, y1, x2, y2, e[p] ?? 0, e[p + 1] ?? 0, e[p + 2] ?? 0, e[p + 3] ?? 0);
      if (t !== null) cuts.push(t);
    }
    cuts.sort((a, b) => a - b);
    let insideShare = 0;
    for (let c = 0; c + 1 < cuts.length; c++) {
      const t0 = cuts[c] ?? 0;
      const t1 = cuts[c + 1] ?? 0;
      if (t1 - t0 <= 0) continue;
      const tm = (t0 + t1) / 2;
      if (polygon.contains(x1 + tm * (x2 - x1), y1 + tm * (y2 - y1))) insideShare += t1 - t0;
    }
    if (insideShare <= 0) continue;
    const laying = index.routeOf(i)?.laying ?? 'unknown';
    km[laying] += (insideShare * segmentLengthM(x1, y1, x2, y2)) / 1000;
  }
  return km;
}
