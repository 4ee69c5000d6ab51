import Flatbush from 'flatbush';
import type { Position } from 'geojson';
import type { UnitGeometry } from '../model/types';

/** Every ring edge of a (multi)polygon in lon/lat, with a spatial index for ray casting and proximity queries. */
export class PolygonEdges {
  /** lon1, lat1, lon2, lat2 per edge. */
  readonly edges: Float64Array;
  readonly count: number;
  readonly minLon: number;
  readonly minLat: number;
  readonly maxLon: number;
  readonly maxLat: number;
  private readonly index: Flatbush | null;

  constructor(geometry: UnitGeometry) {
    const rings: Position[][] = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
    let n = 0;
    for (const ring of rings) n += Math.max(0, ring.length - 1);
    this.edges = new Float64Array(n * 4);
    let k = 0;
    let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i];
        const b = ring[i + 1];
        if (!a || !b) continue;
        const [x1 = 0, y1 = 0] = a;
        const [x2 = 0, y2 = 0] = b;
        this.edges.set([x1, y1, x2, y2], k * 4);
        k++;
        minLon = Math.min(minLon, x1, x2);
        maxLon = Math.max(maxLon, x1, x2);
        minLat = Math.min(minLat, y1, y2);
        maxLat = Math.max(maxLat, y1, y2);
      }
    }
    this.count = k;
    this.minLon = minLon;
    this.minLat = minLat;
    this.maxLon = maxLon;
    this.maxLat = maxLat;
    if (k === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(k);
    const e = this.edges;
    for (let i = 0; i < k; i++) {
      const o = i * 4;
      const x1 = e[o] ?? 0, y1 = e[o + 1] ?? 0, x2 = e[o + 2] ?? 0, y2 = e[o + 3] ?? 0;
      index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }
    index.finish();
    this.index = index;
  }

  /** Edge ids whose bounding box meets the given box. */
  edgesIn(minLon: number, minLat: number, maxLon: number, maxLat: number): number[] {
    return this.index ? this.index.search(minLon, minLat, maxLon, maxLat) : [];
  }

  /** Even-odd point-in-polygon (holes and multipolygon parts handled by the parity of all rings). */
  contains(lon: number, lat: number): boolean {
    if (!this.index || lon < this.minLon || lon > this.maxLon || lat < this.minLat || lat > this.maxLat) return false;
    const e = this.edges;
    let inside = false;
    for (const i of this.index.search(lon, lat, this.maxLon, lat)) {
      const o = i * 4;
      const x1 = e[o] ?? 0, y1 = e[o + 1] ?? 0, x2 = e[o + 2] ?? 0, y2 = e[o + 3] ?? 0;
      if (y1 > lat !== y2 > lat) {
        const xCross = x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1);
        if (xCross > lon) inside = !inside;
      }
    }
    return inside;
  }
}
