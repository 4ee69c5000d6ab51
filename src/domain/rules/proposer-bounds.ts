/**
 * Optimistic bounds for the site proposer: how far a candidate can possibly cover, and how far each village
 * extends from its point. A village farther than reach + extent can never be covered by the candidate, so the
 * sum of the reachable villages' weights bounds the candidate's real gain from above.
 */
import type { Position } from 'geojson';
import { own } from '../model/dict';
import type { Clutter, Site, Village } from '../model/types';
import { budgetFor, defaultModelFor, maxRangeM } from '../radio';
import { techThresholdDbm, type CoverageSettings } from '../coverage/settings';
import { distanceM } from './local-distance';
import type { UnitLocator } from './unit-locator';

/** The clutter the engine picks for a site: its unit's (or the override), rural outside every unit. */
export function clutterAt(lon: number, lat: number, locator: UnitLocator, settings: CoverageSettings): Clutter {
  const unit = locator.unitAt(lon, lat);
  return unit ? (own(settings.clutterOverrides, unit.code) ?? unit.clutter) : 'rural';
}

/** Longest 4G boresight range of the site in a clutter, plus two cells for rasterisation. */
export function siteReachM(site: Site, settings: CoverageSettings, clutter: Clutter): number {
  let best = 0;
  for (const r of site.radios) {
    if (r.tech !== '4G') continue;
    const b = budgetFor('4G', r.bandMHz, settings.budgets);
    const budget = { ...b, bandMHz: r.bandMHz, txPowerPerReDbm: b.txPowerPerReDbm + (site.powerOffsetDb ?? 0) };
    const threshold = techThresholdDbm(settings, '4G') + (settings.indoor ? budget.indoorLossDb : 0);
    best = Math.max(best, maxRangeM(budget, defaultModelFor(r.bandMHz, clutter), threshold, site.heightM, clutter));
  }
  return best + 2 * settings.cellSizeM;
}

/** Largest distance from the village point to a vertex of its polygon (0 for a point-only village). */
export function villageExtentM(v: Village): number {
  if (!v.geometry) return 0;
  const rings: Position[][] = v.geometry.type === 'Polygon' ? v.geometry.coordinates : v.geometry.coordinates.flat();
  let best = 0;
  for (const ring of rings) {
    for (const p of ring) best = Math.max(best, distanceM(v.point, [p[0] ?? v.point[0], p[1] ?? v.point[1]]));
  }
  return best;
}
