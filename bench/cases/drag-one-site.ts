import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { metresPerDegLon, METRES_PER_DEG_LAT } from '../../src/domain/ftth/local-metres';
import { type CaseResult, cpuMs, median, percentile, round } from '../timing';
import type { Dataset } from '../../src/domain/model/types';

const STEPS = 100;
const STEP_M = 30;

/** Move one 4G site 100 times along a north-east path, refreshing the figures after each move (a map drag). */
export function dragOneSiteCase(dataset: Dataset): CaseResult {
  const model = new CoverageModel(dataset, { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100 });
  const site = dataset.sites.find((s) => s.radios.some((r) => r.tech === '4G')) ?? dataset.sites[0];
  if (!site) throw new Error('demo has no sites');
  const upsertTimes: number[] = [];
  const totalTimes: number[] = [];
  const cpuTimes: number[] = [];
  const dLon = STEP_M / metresPerDegLon(site.lat) / Math.SQRT2;
  const dLat = STEP_M / METRES_PER_DEG_LAT / Math.SQRT2;
  for (let i = 1; i <= STEPS; i++) {
    const moved = { ...site, lon: site.lon + i * dLon, lat: site.lat + i * dLat };
    const c0 = cpuMs();
    const t0 = performance.now();
    model.upsertSite(moved);
    const t1 = performance.now();
    model.figures();
    const t2 = performance.now();
    cpuTimes.push(cpuMs() - c0);
    upsertTimes.push(t1 - t0);
    totalTimes.push(t2 - t0);
  }
  return {
    site: site.id,
    radios: site.radios.length,
    moves: STEPS,
    median_ms: round(median(totalTimes), 2),
    p95_ms: round(percentile(totalTimes, 95), 2),
    cpu_median_ms: round(median(cpuTimes), 2),
    cpu_p95_ms: round(percentile(cpuTimes, 95), 2),
    upsert_median_ms: round(median(upsertTimes), 2),
    upsert_p95_ms: round(percentile(upsertTimes, 95), 2),
  };
}
