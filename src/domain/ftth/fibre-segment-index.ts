import Flatbush from 'flatbush';
import type { FibreRoute, UnitGeometry } from '../model/types';
import { METRES_PER_DEG_LAT, metresPerDegLon, widenFactor } from './local-metres';
import { pointSegmentDistSq, segmentSegmentDist } from './planar-segments';
import { PolygonEdges } from './polygon-edges';

export interface NearestFibre {
  distanceM: number;
  routeId: string;
}

/**
 * Every segment of every fibre route in a Flatbush index over an equirectangular projection (standard parallel
 * at the routes' centre latitude). Candidates come from the index; exact distances are measured in a frame
 * local to the query, so accuracy does not degrade away from the standard parallel.
 */
export class FibreSegmentIndex {
  /** lon1, lat1, lon2, lat2 per segment. */
  readonly segments: Float64Array;
  /** Index into `routes` of each segment. */
  readonly segmentRoute: Uint32Array;
  readonly count: number;
  readonly routes: readonly FibreRoute[];
  private readonly lat0: number;
  private readonly kx0: number;
  private readonly index: Flatbush | null;

  constructor(routes: readonly FibreRoute[]) {
    this.routes = routes;
    let n = 0;
    let minLat = Infinity, maxLat = -Infinity;
    for (const r of routes) {
      n += Math.max(0, r.coordinates.length - 1);
      for (const [, lat] of r.coordinates) {
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
    }
    this.lat0 = Number.isFinite(minLat) ? (minLat + maxLat) / 2 : 0;
    this.kx0 = metresPerDegLon(this.lat0);
    this.segments = new Float64Array(n * 4);
    this.segmentRoute = new Uint32Array(n);
    let k = 0;
    routes.forEach((r, ri) => {
      for (let i = 0; i + 1 < r.coordinates.length; i++) {
        const a = r.coordinates[i];
        const b = r.coordinates[i + 1];
        if (!a || !b) continue;
        this.segments.set([a[0], a[1], b[0], b[1]], k * 4);
        this.segmentRoute[k] = ri;
        k++;
      }
    });
    this.count = k;
    if (k === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(k);
    for (let i = 0; i < k; i++) {
      const [x1, y1, x2, y2] = this.projectedSegment(i);
      index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }
    index.finish();
    this.index = index;
  }

  /** Nearest route to a point, or null when there is none within `maxDistanceM`. */
  nearest(lon: number, lat: number, maxDistanceM = Infinity): NearestFibre | null {
    if (!this.index) return null;
    const gx = lon * this.kx0;
    const gy = lat * METRES_PER_DEG_LAT;
    const widen = widenFactor(this.lat0, lat) * 1.001;
    const first = this.index.neighbors(gx, gy, 1, maxDistanceM * widen + 1)[0];
    if (first === undefined) return null;
    const kx = metresPerDegLon(lat);
    let best = this.pointDistance(first, lon, lat, kx);
    let bestSeg = first;
    const r = best * widen + 1;
    for (const i of this.index.search(gx - r, gy - r, gx + r, gy + r)) {
      const d = this.pointDistance(i, lon, lat, kx);
      if (d < best) {
        best = d;
        bestSeg = i;
      }
    }
    return best <= maxDistanceM ? this.result(best, bestSeg) : null;
  }

  /**
   * Distance from a (multi)polygon's edge to the nearest route: 0 when a route crosses or lies inside it.
   * `edges` may be passed when the caller already built them.
   */
  nearestToPolygon(geometry: UnitGeometry, maxDistanceM = Infinity, edges = new PolygonEdges(geometry)): NearestFibre | null {
    if (!this.index || edges.count === 0) return null;
    const e = edges.edges;
    const lonRef = e[0] ?? 0;
    const latRef = e[1] ?? 0;
    // any boundary point bounds the answer from above; maxDistanceM applies only to the final edge distance
    const upper = this.nearest(lonRef, latRef);
    if (!upper) return null;
    if (upper.distanceM === 0) return upper;
    const midLat = (edges.minLat + edges.maxLat) / 2;
    const kx = metresPerDegLon(midLat);
    const ky = METRES_PER_DEG_LAT;
    const widen = Math.max(widenFactor(this.lat0, edges.minLat), widenFactor(this.lat0, edges.maxLat)) * 1.001;
    const r = upper.distanceM * widen + 1;
    const candidates = this.index.search(
      edges.minLon * this.kx0 - r, edges.minLat * ky - r, edges.maxLon * this.kx0 + r, edges.maxLat * ky + r);
    let best = upper.distanceM;
    let bestSeg = -1;
    const s = this.segments;
    const rLon = r / kx;
    const rLat = r / ky;
    for (const i of candidates) {
      const o = i * 4;
      const x1 = ((s[o] ?? 0) - lonRef) * kx, y1 = ((s[o + 1] ?? 0) - latRef) * ky;
      const x2 = ((s[o + 2] ?? 0) - lonRef) * kx, y2 = ((s[o + 3] ?? 0) - latRef) * ky;
      if (edges.contains(s[o] ?? 0, s[o + 1] ?? 0)) return this.result(0, i);
      const bx0 = Math.min(s[o] ?? 0, s[o + 2] ?? 0) - rLon, bx1 = Math.max(s[o] ?? 0, s[o + 2] ?? 0) + rLon;
      const by0 = Math.min(s[o + 1] ?? 0, s[o + 3] ?? 0) - rLat, by1 = Math.max(s[o + 1] ?? 0, s[o + 3] ?? 0) + rLat;
      for (const j of edges.edgesIn(bx0, by0, bx1, by1)) {
        const p = j * 4;
        const d = segmentSegmentDist(x1, y1, x2, y2,
          ((e[p] ?? 0) - lonRef) * kx, ((e[p + 1] ?? 0) - latRef) * ky,
          ((e[p + 2] ?? 0) - lonRef) * kx, ((e[p + 3] ?? 0) - latRef) * ky);
        if (d < best) {
          best = d;
          bestSeg = i;
        }
      }
      if (best === 0) break;
    }
    const hit = bestSeg < 0 ? upper : this.result(best, bestSeg);
    return hit.distanceM <= maxDistanceM ? hit : null;
  }

  /** Segment ids whose bounding box meets a lon/lat box. */
  segmentsIn(minLon: number, minLat: number, maxLon: number, maxLat: number): number[] {
    if (!this.index) return [];
    const ky = METRES_PER_DEG_LAT;
    return this.index.search(minLon * this.kx0, minLat * ky, maxLon * this.kx0, maxLat * ky);
  }

  routeOf(segment: number): FibreRoute | undefined {
    return this.routes[this.segmentRoute[segment] ?? -1];
  }

  private result(distanceM: number, segment: number): NearestFibre {
    return { distanceM, routeId: this.routeOf(segment)?.id ?? '' };
  }

  private projectedSegment(i: number): [number, number, number, number] {
    const s = this.segments;
    const o = i * 4;
    const ky = METRES_PER_DEG_LAT;
    return [(s[o] ?? 0) * this.kx0, (s[o + 1] ?? 0) * ky, (s[o + 2] ?? 0) * this.kx0, (s[o + 3] ?? 0) * ky];
  }

  private pointDistance(i: number, lon: number, lat: number, kx: number): number {
    const s = this.segments;
    const o = i * 4;
    const ky = METRES_PER_DEG_LAT;
    return Math.sqrt(pointSegmentDistSq(0, 0,
      ((s[o] ?? 0) - lon) * kx, ((s[o + 1] ?? 0) - lat) * ky,
      ((s[o + 2] ?? 0) - lon) * kx, ((s[o + 3] ?? 0) - lat) * ky));
  }
}
