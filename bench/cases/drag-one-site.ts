import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { metresPerDegLon, METRES_PER_DEG_LAT } from '../../src/domain/ftth/local-metres';
import { type CaseResult, cpuMs, median, percentile, round } from '../timing';
import type { Dataset, Site } from '../../src/domain/model/types';

const STEPS = 100;
const STEP_M = 30;

interface DragTimes { total: number[]; cpu: number[]; upsert: number[] }

/** Moves `site` STEPS times along a north-east path, refreshing the figures after each move (a map drag). */
function drag(model: CoverageModel, site: Site): DragTimes {
  const times: DragTimes = { total: [], cpu: [], upsert: [] };
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
    times.cpu.push(cpuMs() - c0);
    times.upsert.push(t1 - t0);
    times.total.push(t2 - t0);
  }
  model.upsertSite(site);
  return times;
}

/**
 * The first 4G site of the demo (the case's headline figures), then the tallest 4G site, whose footprint is
 * among the widest: each move repaints its whole disc twice, so it shows the cost's upper end.
 */
export function dragOneSiteCase(dataset: Dataset): CaseResult {
  const model = new CoverageModel(dataset, { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100 });
  model.figures();
  const with4g = dataset.sites.filter((s) => s.radios.some((r) => r.tech === '4G'));
  const site = with4g[0] ?? dataset.sites[0];
  const tallest = with4g.reduce<Site | undefined>((a, s) => (!a || s.heightM > a.heightM ? s : a), undefined);
  if (!site || !tallest) throw new Error('demo has no sites');
  const t = drag(model, site);
  const big = drag(model, tallest);
  return {
    site: site.id,
    radios: site.radios.length,
    moves: STEPS,
    median_ms: round(median(t.total), 2),
    p95_ms: round(percentile(t.total, 95), 2),
    cpu_median_ms: round(median(t.cpu), 2),
    cpu_p95_ms: round(percentile(t.cpu, 95), 2),
    upsert_median_ms: round(median(t.upsert), 2),
    upsert_p95_ms: round(percentile(t.upsert, 95), 2),
    tallest_site: tallest.id,
    tallest_height_m: tallest.heightM,
    tallest_median_ms: round(median(big.total), 2),
    tallest_p95_ms: round(percentile(big.total, 95), 2),
    tallest_cpu_p95_ms: round(percentile(big.cpu, 95), 2),
  };
}
