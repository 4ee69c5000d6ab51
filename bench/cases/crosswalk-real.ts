import { existsSync, readFileSync } from 'node:fs';
import { area, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buildCrosswalk } from '../../src/domain/boundaries/crosswalk';
import type { ReportingUnit } from '../../src/domain/model/types';
import { parseGeoJsonText, readUnits } from '../../src/io/geojson';
import { type CaseResult, median, round, timeRuns } from '../timing';

const DIR = '/work/shared/data/daknong';

function load(file: string): ReportingUnit[] {
  const text = readFileSync(`${DIR}/${file}`, 'utf8');
  return readUnits(parseGeoJsonText(text, file).features, file).items;
}

const feature = (u: ReportingUnit): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', properties: {}, geometry: u.geometry });

/**
 * The crosswalk of the real Đắk Nông 2024 communes (71) onto the 2025 units (28): our shared-grid cell count
 * against turf.intersect of every pair (the naive exact approach, which throws on some real rings). Was a 2 s
 * budget in tests/domain/boundaries/crosswalk-real.
 */
export function crosswalkRealCase(): CaseResult {
  if (!existsSync(`${DIR}/communes-2024.geojson`) || !existsSync(`${DIR}/communes-2025.geojson`)) {
    return { skipped: `no real boundary files in ${DIR}` };
  }
  const old = load('communes-2024.geojson');
  const next = load('communes-2025.geojson');
  let links = 0;
  const oursTimes = timeRuns(() => {
    links = buildCrosswalk(old, next).links.length;
  }, 5, 1);
  let pairs = 0;
  let failed = 0;
  const turfTimes = timeRuns(() => {
    pairs = 0;
    failed = 0;
    for (const a of old) {
      for (const b of next) {
        try {
          const overlap = intersect(featureCollection([feature(a), feature(b)]));
          if (overlap && area(overlap) > 0) pairs++;
        } catch {
          failed++;
        }
      }
    }
  }, 1, 0);
  const oursMs = median(oursTimes);
  const turfMs = median(turfTimes);
  return {
    old_units: old.length,
    new_units: next.length,
    links,
    median_ms: round(oursMs, 1),
    turf_pairwise_ms: round(turfMs, 0),
    turf_overlapping_pairs: pairs,
    turf_failed_pairs: failed,
    speedup: round(turfMs / oursMs, 1),
  };
}
