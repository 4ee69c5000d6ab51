import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { TerrainLossCache } from '../../src/domain/coverage/terrain-losses';
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
function dragSites(dataset: Dataset): [Site, Site] {
  const with4g = dataset.sites.filter((s) => s.radios.some((r) => r.tech === '4G'));
  const site = with4g[0] ?? dataset.sites[0];
  const tallest = with4g.reduce<Site | undefined>((a, s) => (!a || s.heightM > a.heightM ? s : a), undefined);
  if (!site || !tallest) throw new Error('demo has no sites');
  return [site, tallest];
}

/** Without the terrain term (the demo's generated relief switched off), so the figures compare with older runs. */
export function dragOneSiteCase(dataset: Dataset): CaseResult {
  const model = new CoverageModel(dataset, { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100, terrain: false });
  model.figures();
  const [site, tallest] = dragSites(dataset);
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

/**
 * The same drags with the terrain term on (the demo's generated relief, 50 m): each move puts the site somewhere
 * new, so its terrain window is swept again (the cache cannot help), then the disc is repainted and every figure,
 * terrain-shadowed villages included, recomputed. Compared in the same run with the drags without terrain.
 */
export function dragOneSiteTerrainCase(dataset: Dataset): CaseResult {
  if (!dataset.elevation) throw new Error('the demo has no elevation layer');
  const cache = new TerrainLossCache();
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100 };
  const t0 = performance.now();
  const model = new CoverageModel(dataset, settings, { terrainCache: cache });
  model.figures();
  const coldMs = performance.now() - t0;
  const [site, tallest] = dragSites(dataset);
  const sweeps0 = cache.sweeps;
  const sweepMs0 = cache.sweepMs;
  const t = drag(model, site);
  const sweeps1 = cache.sweeps;
  const sweepMs1 = cache.sweepMs;
  const big = drag(model, tallest);
  const flat = new CoverageModel(dataset, { ...settings, terrain: false });
  flat.figures();
  const tFlat = drag(flat, site);
  const bigFlat = drag(flat, tallest);
  return {
    site: site.id,
    site_height_m: site.heightM,
    radios: site.radios.length,
    moves: STEPS,
    median_ms: round(median(t.total), 2),
    p95_ms: round(percentile(t.total, 95), 2),
    cpu_median_ms: round(median(t.cpu), 2),
    cpu_p95_ms: round(percentile(t.cpu, 95), 2),
    upsert_median_ms: round(median(t.upsert), 2),
    upsert_p95_ms: round(percentile(t.upsert, 95), 2),
    // The first moves also pay the JIT compiling the paths a drag takes (its threads count in the CPU time).
    p95_after_20_moves_ms: round(percentile(t.total.slice(20), 95), 2),
    cpu_p95_after_20_moves_ms: round(percentile(t.cpu.slice(20), 95), 2),
    sweeps_per_move: round((sweeps1 - sweeps0) / (STEPS + 1), 2),
    sweep_ms_per_move: round((sweepMs1 - sweepMs0) / (STEPS + 1), 2),
    tallest_site: tallest.id,
    tallest_height_m: tallest.heightM,
    tallest_median_ms: round(median(big.total), 2),
    tallest_p95_ms: round(percentile(big.total, 95), 2),
    tallest_cpu_median_ms: round(median(big.cpu), 2),
    tallest_cpu_p95_ms: round(percentile(big.cpu, 95), 2),
    tallest_p95_after_20_moves_ms: round(percentile(big.total.slice(20), 95), 2),
    tallest_sweep_ms_per_move: round((cache.sweepMs - sweepMs1) / (STEPS + 1), 2),
    no_terrain_median_ms: round(median(tFlat.total), 2),
    no_terrain_p95_ms: round(percentile(tFlat.total, 95), 2),
    // Run after the terrain drags, so with the JIT already warm: compare with p95_after_20_moves.
    no_terrain_cpu_median_ms: round(median(tFlat.cpu), 2),
    no_terrain_cpu_p95_ms: round(percentile(tFlat.cpu, 95), 2),
    no_terrain_tallest_p95_ms: round(percentile(bigFlat.total, 95), 2),
    p95_vs_no_terrain: round(percentile(t.total, 95) / percentile(tFlat.total, 95), 2),
    cold_build_ms: round(coldMs, 0),
    rebuild_vs_p95: round(coldMs / percentile(t.total, 95), 0),
  };
}
