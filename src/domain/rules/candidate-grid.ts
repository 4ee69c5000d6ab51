/**
 * Candidate locations for new sites: nodes of one lattice (fixed spacing in a local equirectangular frame) lying
 * within a radius of any target point, kept only if far enough from every existing site and, optionally, inside
 * a reporting unit. One shared lattice means overlapping villages yield each node once.
 */
import { PointIndex } from '../model/point-index';
import type { LngLat, Site } from '../model/types';
import { METRES_PER_DEG_LAT, metresPerDegLon } from '../ftth/local-metres';
import { distanceM, metresToDeg } from './local-distance';
import type { UnitLocator } from './unit-locator';

export interface CandidateGridOptions {
  spacingM: number;
  radiusM: number;
  minSiteDistanceM: number;
  /** When given, candidates must lie in one of its units. */
  locator: UnitLocator | null;
}

export class SiteProximity {
  private readonly index: PointIndex;

  constructor(private readonly points: readonly LngLat[]) {
    this.index = new PointIndex(points);
  }

  static ofSites(sites: readonly Site[]): SiteProximity {
    return new SiteProximity(sites.map((s): LngLat => [s.lon, s.lat]));
  }

  /** True when some point lies strictly closer than `m` metres. */
  anyWithin(p: LngLat, m: number): boolean {
    if (!(m > 0)) return false;
    const { dLon, dLat } = metresToDeg(m * 1.01, p[1]);
    return this.index.within(p[0] - dLon, p[1] - dLat, p[0] + dLon, p[1] + dLat)
      .some((i) => {
        const q = this.points[i];
        return q !== undefined && distanceM(p, q) < m;
      });
  }
}

export function candidateGrid(targets: readonly LngLat[], sites: readonly Site[], o: CandidateGridOptions): LngLat[] {
  if (targets.length === 0 || !(o.spacingM > 0)) return [];
  const lat0 = targets.reduce((s, p) => s + p[1], 0) / targets.length;
  const kx = metresPerDegLon(lat0);
  const ky = METRES_PER_DEG_LAT;
  const proximity = SiteProximity.ofSites(sites);
  const seen = new Set<string>();
  const out: LngLat[] = [];
  const steps = Math.floor(o.radiusM / o.spacingM);
  for (const [lon, lat] of targets) {
    const ci = Math.round((lon * kx) / o.spacingM);
    const cj = Math.round((lat * ky) / o.spacingM);
    for (let i = ci - steps - 1; i <= ci + steps + 1; i++) {
      for (let j = cj - steps - 1; j <= cj + steps + 1; j++) {
        const key = `${i},${j}`;
        if (seen.has(key)) continue;
        const p: LngLat = [(i * o.spacingM) / kx, (j * o.spacingM) / ky];
        if (distanceM(p, [lon, lat]) > o.radiusM) continue;
        seen.add(key);
        if (proximity.anyWithin(p, o.minSiteDistanceM)) continue;
        if (o.locator && o.locator.indexAt(p[0], p[1]) < 0) continue;
        out.push(p);
      }
    }
  }
  return out;
}
