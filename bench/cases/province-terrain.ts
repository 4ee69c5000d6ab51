/**
 * The demo province with its generated relief (50 m heights), every site, 4G + 5G, all figures, at 100 m cells:
 * the cold build (every site's terrain window swept, half of them by the band helper thread, as in the app), the
 * same build on one thread with a fresh cache, the warm rebuild a settings change makes (windows from the
 * cache), the same build without terrain (the naive reference: no terrain at all), and one site dragged 100 times
 * with terrain on.
 *
 * The one-thread build's sweeps are recorded and replayed through today's sweep and the sweep of commit b0311ed
 * (bench/baseline), alternately, REPLAY_ROUNDS times each: the two compared on the same windows in the same run, so a
 * busy machine slows both alike.
 *
 * Then the build with every window to sweep again (a fresh cache; the tables and labels are warm by then) on two
 * threads (the band helper sweeps half the windows) and on one, interleaved SPLIT_ROUNDS times each.
 */
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { TerrainLossCache } from '../../src/domain/coverage/terrain-losses';
import { metresPerDegLon, METRES_PER_DEG_LAT } from '../../src/domain/ftth/local-metres';
import type { Dataset, Site } from '../../src/domain/model/types';
import { terrainLossWindow } from '../../src/domain/terrain/radial-sweep';
import { terrainLossWindowBefore } from '../baseline/radial-sweep-before';
import { startNodeBandHelper, type NodeBandHelper } from '../band-helper/node-band-helper';
import { type CaseResult, cpuMs, mainThreadCpuMs, median, percentile, round } from '../timing';

const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100 };

const REPLAY_ROUNDS = 3;
const SPLIT_ROUNDS = 3;

type SweepArgs = Parameters<typeof terrainLossWindow>;

/**
 * Median CPU ms of replaying every recorded sweep through today's sweep and the earlier one, the rounds of the two
 * interleaved (one thread: CPU time is the work, whatever else the machine runs).
 */
function replayBoth(calls: readonly SweepArgs[]): { afterMs: number; beforeMs: number } {
  const after: number[] = [];
  const before: number[] = [];
  for (let round = 0; round < REPLAY_ROUNDS; round++) {
    for (const [sweep, times] of [[terrainLossWindow, after], [terrainLossWindowBefore, before]] as const) {
      const t0 = cpuMs();
      for (const args of calls) sweep(...args);
      times.push(cpuMs() - t0);
    }
  }
  return { afterMs: median(after), beforeMs: median(before) };
}

interface SplitRuns { wallMs: number[]; cpuMs: number[]; mainCpuMs: number[]; threads: number[] }

/** Builds with a fresh terrain cache (every window swept), with the helper and without, interleaved. */
function sweepOnTwoThreads(dataset: Dataset, helper: NodeBandHelper): { two: SplitRuns; one: SplitRuns } {
  const two: SplitRuns = { wallMs: [], cpuMs: [], mainCpuMs: [], threads: [] };
  const one: SplitRuns = { wallMs: [], cpuMs: [], mainCpuMs: [], threads: [] };
  for (let round = 0; round < SPLIT_ROUNDS; round++) {
    for (const [into, options] of [[two, { bandHelper: helper }], [one, {}]] as const) {
      const c0 = cpuMs();
      const main0 = mainThreadCpuMs();
      const [m, ms] = timed(() => {
        const model = new CoverageModel(dataset, settings, { ...options, terrainCache: new TerrainLossCache() });
        model.figures();
        return model;
      });
      into.cpuMs.push(cpuMs() - c0);
      into.mainCpuMs.push(mainThreadCpuMs() - main0);
      into.wallMs.push(ms);
      into.threads.push(m.sweepThreads);
    }
  }
  return { two, one };
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
}

export async function provinceTerrainCase(dataset: Dataset): Promise<CaseResult> {
  if (!dataset.elevation) throw new Error('the demo has no elevation layer');
  const helper = await startNodeBandHelper();
  // The cold build as the app makes it: the band helper sweeps half the windows.
  const coldCache = new TerrainLossCache();
  const cpu0 = cpuMs();
  const main0 = mainThreadCpuMs();
  const [coldTwo, coldMs] = timed(() => {
    const m = new CoverageModel(dataset, settings, { terrainCache: coldCache, bandHelper: helper });
    m.figures();
    return m;
  });
  const coldCpuMs = cpuMs() - cpu0;
  const coldMainCpuMs = mainThreadCpuMs() - main0;
  // The same build on one thread, recording its sweeps for the replay.
  const calls: SweepArgs[] = [];
  const cache = new TerrainLossCache(undefined, (...args: SweepArgs) => {
    calls.push(args);
    return terrainLossWindow(...args);
  });
  const [cold, oneMs] = timed(() => {
    const m = new CoverageModel(dataset, settings, { terrainCache: cache });
    m.figures();
    return m;
  });
  const sweepMs = cache.sweepMs;
  const coldCalls = calls.slice();
  const [, warmMs] = timed(() => new CoverageModel(dataset, { ...settings, thresholdDbm: settings.thresholdDbm - 1 }, { terrainCache: cache }).figures());
  const [, flatMs] = timed(() => new CoverageModel(dataset, { ...settings, terrain: false }).figures());
  const terrainOn = cold.figures().totals.pctAreaCovered;
  const terrainOff = new CoverageModel(dataset, { ...settings, terrain: false }).figures().totals.pctAreaCovered;
  const site = dataset.sites.find((s) => s.radios.some((r) => r.tech === '4G'));
  if (!site) throw new Error('no 4G site');
  const moves: number[] = [];
  const dLon = 30 / metresPerDegLon(site.lat) / Math.SQRT2;
  const dLat = 30 / METRES_PER_DEG_LAT / Math.SQRT2;
  for (let i = 1; i <= 100; i++) {
    const moved: Site = { ...site, lon: site.lon + i * dLon, lat: site.lat + i * dLat };
    const [, ms] = timed(() => {
      cold.upsertSite(moved);
      cold.figures();
    });
    moves.push(ms);
  }
  const replay = replayBoth(coldCalls);
  const split = sweepOnTwoThreads(dataset, helper);
  await helper.close();
  return {
    sites: dataset.sites.length,
    terrain_cell_m: dataset.elevation.terrain.grid.cellSizeM,
    median_ms: round(coldMs, 1),
    cold_cpu_ms: round(coldCpuMs, 1),
    cold_main_thread_cpu_ms: round(coldMainCpuMs, 1),
    cold_sweep_threads: coldTwo.sweepThreads,
    second_build_one_thread_ms: round(oneMs, 1),
    sweep_ms: round(sweepMs, 1),
    sweep_share: round(sweepMs / oneMs, 2),
    sweeps: cache.sweeps,
    replay_sweeps: coldCalls.length,
    replay_sweep_cpu_ms: round(replay.afterMs, 1),
    replay_sweep_before_cpu_ms: round(replay.beforeMs, 1),
    replay_speedup: round(replay.beforeMs / replay.afterMs, 2),
    fresh_cache_two_threads_ms: round(median(split.two.wallMs), 1),
    fresh_cache_two_threads_cpu_ms: round(median(split.two.cpuMs), 1),
    fresh_cache_two_threads_main_cpu_ms: round(median(split.two.mainCpuMs), 1),
    fresh_cache_one_thread_ms: round(median(split.one.wallMs), 1),
    fresh_cache_one_thread_cpu_ms: round(median(split.one.cpuMs), 1),
    fresh_cache_two_vs_one: round(median(split.one.wallMs) / median(split.two.wallMs), 2),
    fresh_cache_two_vs_one_cpu_critical: round(median(split.one.cpuMs) / median(split.two.mainCpuMs.map((main, i) => Math.max(main, (split.two.cpuMs[i] ?? 0) - main))), 2),
    fresh_cache_sweep_threads: split.two.threads.join(','),
    cache_mb: round(cache.sizeBytes / 1024 / 1024, 1),
    dem_mb: round(dataset.elevation.terrain.heights.byteLength / 1024 / 1024, 1),
    warm_rebuild_ms: round(warmMs, 1),
    no_terrain_ms: round(flatMs, 1),
    terrain_vs_none_ratio: round(oneMs / flatMs, 2),
    pct_area_4g_terrain: round(terrainOn['4G'], 2),
    pct_area_4g_open_ground: round(terrainOff['4G'], 2),
    drag_moves: moves.length,
    drag_median_ms: round(median(moves), 2),
    drag_p95_ms: round(percentile(moves, 95), 2),
  };
}
