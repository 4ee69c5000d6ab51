import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LngLat, ReportingUnit } from '../model/types';

export interface OutlineFeature {
  key: string;
  geometry: Polygon | MultiPolygon;
}

/** Dissolves units sharing a key (e.g. district) into one outline each; skips keys that are empty. */
export function dissolveUnits(units: readonly ReportingUnit[], keyOf: (u: ReportingUnit) => string): OutlineFeature[] {
  const groups = new Map<string, Feature<Polygon | MultiPolygon>[]>();
  for (const u of units) {
    const key = keyOf(u);
    if (!key) continue;
    const list = groups.get(key) ?? [];
    list.push(turf.feature(u.geometry));
    groups.set(key, list);
  }
  const out: OutlineFeature[] = [];
  for (const [key, features] of groups) {
    const merged = features.length === 1 ? features[0] : turf.union(turf.featureCollection(features));
    if (merged) out.push({ key, geometry: merged.geometry });
  }
  return out;
}

/** A point guaranteed inside each unit, for its label. */
/** Unit types whose names a map labels first: wards and towns, the places a reader looks for. */
const URBAN_TYPES = new Set(['phường', 'thị trấn', 'thị xã', 'thành phố', 'đặc khu']);

export function unitLabelPoints(units: readonly ReportingUnit[]): { code: string; name: string; point: LngLat; rank: number }[] {
  const urban = (u: ReportingUnit) => (URBAN_TYPES.has(u.type.trim().toLowerCase()) ? 1 : 0);
  const order = units.map((_, i) => i).sort((a, b) => {
    const ua = units[a];
    const ub = units[b];
    if (!ua || !ub) return 0;
    return urban(ub) - urban(ua) || ub.population - ua.population || a - b;
  });
  const rank = new Int32Array(units.length);
  order.forEach((unit, r) => (rank[unit] = r));
  return units.map((u, i) => {
    const centre = turf.centerOfMass(u.geometry).geometry.coordinates;
    const inside = turf.booleanPointInPolygon(centre, u.geometry)
      ? centre
      : turf.pointOnFeature(u.geometry).geometry.coordinates;
    return { code: u.code, name: u.name, point: [inside[0] ?? 0, inside[1] ?? 0] as const, rank: rank[i] ?? i };
  });
}
