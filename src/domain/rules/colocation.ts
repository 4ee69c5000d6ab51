/**
 * Co-location candidates: pairs of sites of different real carriers standing within a chosen distance. The site
 * proposer's suggestions (carrier PROPOSED_CARRIER) belong to no carrier yet, so they pair with nobody: sharing
 * is an agreement between operators on masts they hold.
 */
import Flatbush from 'flatbush';
import type { Site } from '../model/types';
import { isRealCarrier } from '../scenario/proposed-site';
import { distanceM, metresToDeg } from './local-distance';

export const DEFAULT_COLOCATION_DISTANCE_M = 100;

export interface ColocationPair {
  siteA: string;
  siteB: string;
  carrierA: string;
  carrierB: string;
  distanceM: number;
}

/** Pairs ordered by distance; within a pair, siteA is the earlier site in `allSites`. */
export function findColocationPairs(allSites: readonly Site[], maxDistanceM: number = DEFAULT_COLOCATION_DISTANCE_M): ColocationPair[] {
  if (!(maxDistanceM >= 0)) return [];
  const sites = allSites.filter((s) => isRealCarrier(s.carrier));
  if (sites.length < 2) return [];
  const index = new Flatbush(sites.length);
  for (const s of sites) index.add(s.lon, s.lat, s.lon, s.lat);
  index.finish();
  const pairs: ColocationPair[] = [];
  sites.forEach((a, i) => {
    const { dLon, dLat } = metresToDeg(maxDistanceM * 1.01 + 1, a.lat);
    for (const j of index.search(a.lon - dLon, a.lat - dLat, a.lon + dLon, a.lat + dLat)) {
      const b = sites[j];
      if (j <= i || !b || a.carrier === b.carrier) continue;
      const d = distanceM([a.lon, a.lat], [b.lon, b.lat]);
      if (d <= maxDistanceM) pairs.push({ siteA: a.id, siteB: b.id, carrierA: a.carrier, carrierB: b.carrier, distanceM: d });
    }
  });
  pairs.sort((p, q) => p.distanceM - q.distanceM || p.siteA.localeCompare(q.siteA) || p.siteB.localeCompare(q.siteB));
  return pairs;
}
