/** CSV (with BOM, for Excel) and GeoJSON text of the underserved ranking and the undergrounding packages. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Village } from '../domain/model/types';
import type { UndergroundingPackage, UnderservedVillage } from '../domain/rules';
import { toCsv } from '../io/csv/write-csv';
import type { Lang } from '../i18n/strings';
import { undergroundingReasonI18n, underservedReasonI18n } from './rules-reason-text';

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;
const reasonsOf = (lang: Lang, r: UnderservedVillage): string => r.reasonCodes.map((x) => underservedReasonI18n(lang, x)).join('; ');

export function underservedCsv(rows: readonly UnderservedVillage[], lang: Lang): string {
  return toCsv([
    ['rank', 'village_id', 'village', 'unit_code', 'unit', 'population', 'score', 'gap', 'remoteness_km', 'road_distance_m', 'reasons'],
    ...rows.map((r) => [
      r.rank, r.villageId, r.name, r.unitCode, r.unitName, r.population, round(r.score, 3), r.gap, round(r.remoteness.km, 2),
      r.remoteness.roadM === null ? '' : round(r.remoteness.roadM, 1), reasonsOf(lang, r),
    ]),
  ]);
}

export function underservedGeojson(rows: readonly UnderservedVillage[], villages: readonly Village[], lang: Lang): string {
  const byId = new Map(villages.map((v) => [v.id, v]));
  const features: Feature[] = rows.flatMap((r) => {
    const v = byId.get(r.villageId);
    if (!v) return [];
    const geometry: Geometry = v.geometry ?? { type: 'Point', coordinates: [v.point[0], v.point[1]] };
    return [{
      type: 'Feature', geometry,
      properties: {
        rank: r.rank, village_id: r.villageId, village: r.name, unit_code: r.unitCode, unit: r.unitName,
        population: r.population, score: round(r.score, 3),
        road_distance_m: r.remoteness.roadM === null ? null : round(r.remoteness.roadM, 1), reasons: reasonsOf(lang, r), reason_codes: r.reasonCodes.map((x) => x.code),
      },
    }];
  });
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  return JSON.stringify(fc);
}

export function undergroundingCsv(packages: readonly UndergroundingPackage[], lang: Lang): string {
  return toCsv([
    ['rank', 'package_id', 'unit_code', 'unit', 'urban_core', 'proposed', 'length_m', 'population_near', 'score', 'reason'],
    ...packages.map((p) => [p.rank, p.id, p.unitCode, p.unitName, p.urbanCore, p.proposed, round(p.length_m, 1), p.populationNear, round(p.score, 3), undergroundingReasonI18n(lang, p.reasonCode)]),
  ]);
}

export function undergroundingGeojson(packages: readonly UndergroundingPackage[], lang: Lang): string {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: packages.map((p) => ({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: p.geometry.map((line) => line.map((c) => [c[0], c[1]])) },
      properties: {
        rank: p.rank, package_id: p.id, unit_code: p.unitCode, unit: p.unitName, urban_core: p.urbanCore, proposed: p.proposed,
        length_m: round(p.length_m, 1), population_near: p.populationNear, score: round(p.score, 3), reason: undergroundingReasonI18n(lang, p.reasonCode),
      },
    })),
  };
  return JSON.stringify(fc);
}
