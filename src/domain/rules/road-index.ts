/**
 * Nearest-road queries for the rules. Reuses the fibre segment index (a road is indexed as a route with the same
 * id and coordinates), one index for all roads and one for 'main' roads only.
 */
import type { FibreRoute, LngLat, Road, Village } from '../model/types';
import { FibreSegmentIndex } from '../ftth';
import { segmentLengthM } from '../ftth/local-metres';

/** An aerial segment runs "along" a main road where it lies within this distance of one. */
export const ALONG_MAIN_ROAD_M = 50;
/** Sampling step used to measure the share of a line running along main roads. */
const SAMPLE_STEP_M = 10;

const asRoute = (r: Road): FibreRoute => ({ id: r.id, name: r.name, laying: 'unknown', kind: 'unknown', coordinates: r.coordinates });

export class RoadIndex {
  readonly hasRoads: boolean;
  private readonly all: FibreSegmentIndex;
  private readonly main: FibreSegmentIndex;

  constructor(roads: readonly Road[]) {
    this.hasRoads = roads.length > 0;
    this.all = new FibreSegmentIndex(roads.map(asRoute));
    this.main = new FibreSegmentIndex(roads.filter((r) => r.class === 'main').map(asRoute));
  }

  /** Metres to the nearest road of any class; null when there are no roads (or none within maxM). */
  nearestM(p: LngLat, maxM = Infinity): number | null {
    return this.all.nearest(p[0], p[1], maxM)?.distanceM ?? null;
  }

  /** Metres from a village (its polygon edge when it has one, as for fibre; else its point) to the nearest road. */
  villageM(v: Village): number | null {
    const hit = v.geometry ? this.all.nearestToPolygon(v.geometry) : this.all.nearest(v.point[0], v.point[1]);
    return hit ? hit.distanceM : null;
  }

  /**
   * Metres of `line` lying within `withinM` of a main road, measured at the midpoints of ≤ 10 m pieces of each
   * segment (so the answer is exact to about 10 m per entry/exit).
   */
  lengthAlongMainM(line: readonly LngLat[], withinM = ALONG_MAIN_ROAD_M): number {
    if (this.main.count === 0) return 0;
    let along = 0;
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i];
      const b = line[i + 1];
      if (!a || !b) continue;
      const len = segmentLengthM(a[0], a[1], b[0], b[1]);
      const pieces = Math.max(1, Math.ceil(len / SAMPLE_STEP_M));
      for (let k = 0; k < pieces; k++) {
        const t = (k + 0.5) / pieces;
        if (this.main.nearest(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, withinM)) along += len / pieces;
      }
    }
    return along;
  }
}
