/**
 * Aerial fibre → undergrounding work packages. Routes are cut where they cross unit boundaries (segment
 * midpoints decide the unit); contiguous aerial runs in one unit form a package. Packages in urban cores (wards,
 * towns) rank first, then by score = length km × (urban core ? urbanWeight : 1) × (1 + population near / populationScale)
 * × (1 + mainRoadWeight × share of length within alongMainRoadM of a 'main' road), population near = villages whose
 * point lies within nearDistanceM of the package. Without roads the last factor is 1 and the share is null.
 */
import Flatbush from 'flatbush';
import type { Dataset, LngLat } from '../model/types';
import { groupAerialRuns, routeRuns, type RouteRun } from './aerial-runs';
import { metresToDeg, pointToPolylineM } from './local-distance';
import { ALONG_MAIN_ROAD_M, RoadIndex } from './road-index';
import { UnitLocator, isUrbanUnit } from './unit-locator';
import { unitUndergroundingTotals, type UndergroundingTotals, type UnitUndergroundingTotals } from './undergrounding-totals';

export interface UndergroundingRules {
  nearDistanceM: number;
  urbanWeight: number;
  populationScale: number;
  /** A package outside urban cores is proposed when this many people live near it. */
  minPopulationNear: number;
  mainRoadWeight: number;
  alongMainRoadM: number;
}

export const DEFAULT_UNDERGROUNDING_RULES: UndergroundingRules = {
  nearDistanceM: 300, urbanWeight: 3, populationScale: 1000, minPopulationNear: 500,
  mainRoadWeight: 1, alongMainRoadM: ALONG_MAIN_ROAD_M,
};

interface ReasonBase {
  populationNear: number;
  nearDistanceM: number;
  /** Share of the length along a main road; null when the dataset has no roads. */
  alongMainShare: number | null;
}

export type UndergroundingReason =
  | ({ code: 'urbanCore'; unitType: string } & ReasonBase)
  | ({ code: 'denseVillages' } & ReasonBase)
  | ({ code: 'rural' } & ReasonBase);

export interface UndergroundingPackage {
  id: string;
  routeIds: string[];
  /** null: outside every unit. */
  unitCode: string | null;
  unitName: string | null;
  urbanCore: boolean;
  length_m: number;
  populationNear: number;
  villageIdsNear: string[];
  /** Share (0..1) of length_m within alongMainRoadM of a main road; null when the dataset has no roads. */
  alongMainRoadShare: number | null;
  score: number;
  rank: number;
  proposed: boolean;
  reason: string;
  reasonCode: UndergroundingReason;
  geometry: LngLat[][];
}

export interface UndergroundingResult {
  packages: UndergroundingPackage[];
  units: UnitUndergroundingTotals[];
  totals: UndergroundingTotals;
}

function villagesNear(dataset: Dataset, index: Flatbush | null, runs: readonly RouteRun[], nearM: number): string[] {
  if (!index) return [];
  const lons = runs.flatMap((r) => r.coordinates.map((c) => c[0]));
  const lats = runs.flatMap((r) => r.coordinates.map((c) => c[1]));
  const { dLon, dLat } = metresToDeg(nearM, Math.max(...lats.map(Math.abs)));
  const found = index.search(Math.min(...lons) - dLon, Math.min(...lats) - dLat, Math.max(...lons) + dLon, Math.max(...lats) + dLat);
  return [...found].sort((a, b) => a - b).flatMap((i) => {
    const v = dataset.villages[i];
    return v && runs.some((r) => pointToPolylineM(v.point, r.coordinates) <= nearM) ? [v.id] : [];
  });
}

function reasonText(r: UndergroundingReason): string {
  const along = r.alongMainShare === null ? '' : `; ${Math.round(r.alongMainShare * 100)}% of its length along main roads`;
  const near = `${r.populationNear} people within ${r.nearDistanceM} m${along}`;
  if (r.code === 'urbanCore') return `aerial fibre in an urban core (${r.unitType}); ${near}`;
  if (r.code === 'denseVillages') return `aerial fibre near dense villages: ${near}`;
  return `rural aerial fibre: ${near}`;
}

export function planUndergrounding(dataset: Dataset, rulesIn: Partial<UndergroundingRules> = {}): UndergroundingResult {
  const rules: UndergroundingRules = { ...DEFAULT_UNDERGROUNDING_RULES, ...rulesIn };
  const locator = new UnitLocator(dataset.units);
  const runs = routeRuns(dataset.fibre, locator);
  let index: Flatbush | null = null;
  if (dataset.villages.length > 0) {
    index = new Flatbush(dataset.villages.length);
    for (const v of dataset.villages) index.add(v.point[0], v.point[1], v.point[0], v.point[1]);
    index.finish();
  }
  const roads = new RoadIndex(dataset.roads ?? []);
  const population = new Map(dataset.villages.map((v) => [v.id, v.population]));
  const packages = groupAerialRuns(runs).map((group): UndergroundingPackage => {
    const first = group[0];
    const unit = first ? dataset.units[first.unit] : undefined;
    const urbanCore = unit ? isUrbanUnit(unit) : false;
    const villageIdsNear = villagesNear(dataset, index, group, rules.nearDistanceM);
    const populationNear = villageIdsNear.reduce((s, id) => s + (population.get(id) ?? 0), 0);
    const lengthM = group.reduce((s, r) => s + r.lengthM, 0);
    const alongM = group.reduce((s, r) => s + roads.lengthAlongMainM(r.coordinates, rules.alongMainRoadM), 0);
    const alongMainShare = roads.hasRoads ? (lengthM > 0 ? Math.min(1, alongM / lengthM) : 0) : null;
    const score = (lengthM / 1000) * (urbanCore ? rules.urbanWeight : 1) * (1 + populationNear / rules.populationScale) *
      (1 + rules.mainRoadWeight * (alongMainShare ?? 0));
    const dense = populationNear >= rules.minPopulationNear;
    const base = { populationNear, nearDistanceM: rules.nearDistanceM, alongMainShare };
    const reasonCode: UndergroundingReason = urbanCore && unit
      ? { code: 'urbanCore', unitType: unit.type, ...base }
      : { code: dense ? 'denseVillages' : 'rural', ...base };
    const routeIds = [...new Set(group.map((r) => r.routeId))];
    return {
      id: `${routeIds[0] ?? ''}@${unit?.code ?? 'outside'}#`, routeIds, unitCode: unit?.code ?? null, unitName: unit?.name ?? null,
      urbanCore, length_m: lengthM, populationNear, villageIdsNear, alongMainRoadShare: alongMainShare, score, rank: 0, proposed: urbanCore || dense,
      reason: reasonText(reasonCode), reasonCode, geometry: group.map((r) => r.coordinates),
    };
  });
  packages.sort((a, b) => Number(b.urbanCore) - Number(a.urbanCore) || b.score - a.score || a.id.localeCompare(b.id));
  const seen = new Map<string, number>();
  packages.forEach((p, i) => {
    const n = (seen.get(p.id) ?? 0) + 1;
    seen.set(p.id, n);
    p.id = `${p.id}${n}`;
    p.rank = i + 1;
  });
  const { units, totals } = unitUndergroundingTotals(dataset.units, runs, packages);
  return { packages, units, totals };
}
