import { destination, polygon } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { Clutter, Radio, Sector, Site } from '../../src/domain/model/types';
import {
  budgetFor, defaultModelFor, type LinkBudget, maxRangeM, pathLossDb, receivedLevelDbm, sectorPatternDb,
} from '../../src/domain/radio';

const BEARING_STEP_DEG = 3;
const RANGE_SAMPLES = 48;

/** Received level at a distance and bearing from the site, through one sector, outdoors. */
function levelAt(site: Site, sector: Sector, b: LinkBudget, clutter: Clutter, bearing: number, d: number): number {
  const model = defaultModelFor(b.bandMHz, clutter);
  const pl = pathLossDb(model, { freqMHz: b.bandMHz, distanceM: d, baseHeightM: site.heightM, mobileHeightM: b.mobileHeightM, clutter });
  const elevation = (Math.atan2(site.heightM - b.mobileHeightM, d) * 180) / Math.PI;
  return receivedLevelDbm(b, pl, sectorPatternDb(sector, bearing, elevation), false);
}

/** Farthest distance along a bearing where the level still reaches the threshold (0 if nowhere). */
function reachM(site: Site, sector: Sector, b: LinkBudget, clutter: Clutter, bearing: number, threshold: number, cap: number): number {
  let lastIn = 0;
  let firstOutAfter = cap;
  for (let k = RANGE_SAMPLES; k >= 1; k--) {
    const d = (cap * k) / RANGE_SAMPLES;
    if (levelAt(site, sector, b, clutter, bearing, d) >= threshold) {
      lastIn = d;
      firstOutAfter = Math.min(cap, d + cap / RANGE_SAMPLES);
      break;
    }
  }
  if (lastIn === 0) return 0;
  let lo = lastIn;
  let hi = firstOutAfter;
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (levelAt(site, sector, b, clutter, bearing, mid) >= threshold) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The naive planner's polygon for one sector: a fan around the site whose radius at each bearing is where the
 * pattern-weighted level falls to the threshold (bounded by the boresight maxRangeM).
 */
export function sectorPolygon(site: Site, sector: Sector, radio: Radio, clutter: Clutter, thresholdDbm: number): Feature<Polygon> | null {
  // as the coverage engine does: the preset of the nearest band, evaluated at the radio's own band
  const b = { ...budgetFor(radio.tech, radio.bandMHz), bandMHz: radio.bandMHz };
  const cap = maxRangeM(b, defaultModelFor(b.bandMHz, clutter), thresholdDbm, site.heightM, clutter) * 1.01;
  if (cap <= 0) return null;
  const ring: number[][] = [];
  let any = false;
  for (let bearing = -180; bearing < 180; bearing += BEARING_STEP_DEG) {
    const r = reachM(site, sector, b, clutter, bearing, thresholdDbm, cap);
    if (r > 0) any = true;
    const p = r > 0 ? destination([site.lon, site.lat], r, bearing, { units: 'meters' }).geometry.coordinates : [site.lon, site.lat];
    const last = ring[ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push([p[0] ?? site.lon, p[1] ?? site.lat]);
  }
  if (!any || ring.length < 3) return null;
  const first = ring[0];
  if (first) ring.push([first[0] ?? 0, first[1] ?? 0]);
  return ring.length >= 4 ? polygon([ring]) : null;
}
