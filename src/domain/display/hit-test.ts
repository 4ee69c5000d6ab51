/**
 * Hit-testing map features on the CPU (what the pointer is over), so hovering never needs a GPU picking pass.
 * Points and areas are indexed by lon/lat; the caller projects the few candidates to screen pixels.
 */
import Flatbush from 'flatbush';
import type { UnitGeometry } from '../model/types';
import { PolygonEdges } from '../ftth/polygon-edges';

export { PointIndex } from '../model/point-index';

/** A candidate on screen: CSS pixels, and how far from it (its drawn radius plus slack) still counts as on it. */
export interface ScreenTarget {
  x: number;
  y: number;
  radiusPx: number;
}

/**
 * Index of the target nearest to (x, y) among those the point lies within, −1 when none. On equal distances the
 * later target wins: it is drawn on top.
 */
export function nearestTarget(targets: readonly ScreenTarget[], x: number, y: number): number {
  let best = -1;
  let bestD2 = Infinity;
  targets.forEach((t, i) => {
    const d2 = (t.x - x) ** 2 + (t.y - y) ** 2;
    if (d2 <= t.radiusPx * t.radiusPx && d2 <= bestD2) {
      best = i;
      bestD2 = d2;
    }
  });
  return best;
}

/** Polygons (null for a feature without one) by bounding box, tested exactly by even-odd ray casting. */
export class AreaIndex {
  private readonly edges: (PolygonEdges | null)[];
  private readonly index: Flatbush | null;

  constructor(geometries: readonly (UnitGeometry | null)[]) {
    this.edges = geometries.map((g) => (g ? new PolygonEdges(g) : null));
    if (geometries.length === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(geometries.length);
    for (const e of this.edges) {
      if (!e || e.count === 0) index.add(Infinity, Infinity, Infinity, Infinity);
      else index.add(e.minLon, e.minLat, e.maxLon, e.maxLat);
    }
    index.finish();
    this.index = index;
  }

  /** Index of the topmost (last) polygon containing the point, −1 when none does. */
  topAt(lon: number, lat: number): number {
    if (!this.index) return -1;
    let top = -1;
    for (const i of this.index.search(lon, lat, lon, lat)) if (i > top && this.edges[i]?.contains(lon, lat)) top = i;
    return top;
  }
}
