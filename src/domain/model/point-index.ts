/** Lon/lat points in a static spatial index (Flatbush), for the hit-test and the proposer's site spacing. */
import Flatbush from 'flatbush';
import type { LngLat } from './types';

/** Points by lon/lat in a static Flatbush: which lie in a lon/lat box. */
export class PointIndex {
  private readonly index: Flatbush | null;

  constructor(points: readonly LngLat[]) {
    if (points.length === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(points.length);
    for (const [lon, lat] of points) index.add(lon, lat, lon, lat);
    index.finish();
    this.index = index;
  }

  /** Indices of the points inside [west, south, east, north], in ascending order (draw order). */
  within(west: number, south: number, east: number, north: number): number[] {
    return this.index ? this.index.search(west, south, east, north).sort((a, b) => a - b) : [];
  }
}
