import { pointToLineDistance } from '@turf/turf';
import { FibreSegmentIndex } from '../../src/domain/ftth';
import { type CaseResult, median, round, timeRuns } from '../timing';
import type { Dataset } from '../../src/domain/model/types';

/** Nearest fibre for every demo village point: our segment index against a turf scan of every route. */
export function fibreDistanceCase(dataset: Dataset): CaseResult {
  const points = dataset.villages.map((v) => v.point);
  const lines = dataset.fibre.map((r) => ({ type: 'LineString' as const, coordinates: r.coordinates.map((c) => [c[0], c[1]]) }));
  const ours = new Float64Array(points.length);
  const ref = new Float64Array(points.length);

  const oursTimes = timeRuns(() => {
    const index = new FibreSegmentIndex(dataset.fibre);
    points.forEach((p, i) => {
      ours[i] = index.nearest(p[0], p[1])?.distanceM ?? Infinity;
    });
  }, 21, 3);
  // one run: the turf scan takes tens of seconds
  const turfTimes = timeRuns(() => {
    points.forEach((p, i) => {
      let best = Infinity;
      for (const line of lines) best = Math.min(best, pointToLineDistance([p[0], p[1]], line, { units: 'meters' }));
      ref[i] = best;
    });
  }, 1, 0);

  let maxDiff = 0;
  for (let i = 0; i < points.length; i++) maxDiff = Math.max(maxDiff, Math.abs((ours[i] ?? 0) - (ref[i] ?? 0)));
  const oursMs = median(oursTimes);
  const turfMs = median(turfTimes);
  return {
    villages: points.length,
    routes: dataset.fibre.length,
    median_ms: round(oursMs, 3),
    turf_ms: round(turfMs, 1),
    speedup: round(turfMs / oursMs, 1),
    max_diff_m: round(maxDiff, 3),
  };
}
