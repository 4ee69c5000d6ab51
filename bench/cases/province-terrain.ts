/**
 * The demo province with its generated relief (50 m heights), every site, 4G + 5G, all figures, at 100 m cells:
 * the cold build (every site's terrain window swept), the warm rebuild a settings change makes (windows from the
 * cache), the same build without terrain (the naive reference: no terrain at all), and one site dragged 100 times
 * with terrain on.
 */
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { TerrainLossCache } from '../../src/domain/coverage/terrain-losses';
import { metresPerDegLon, METRES_PER_DEG_LAT } from '../../src/domain/ftth/local-metres';
import type { Dataset, Site } from '../../src/domain/model/types';
import { type CaseResult, median, percentile, round } from '../timing';

const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100 };

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
}

export function provinceTerrainCase(dataset: Dataset): CaseResult {
  if (!dataset.elevation) throw new Error('the demo has no elevation layer');
  const cache = new TerrainLossCache();
  const [cold, coldMs] = timed(() => {
    const m = new CoverageModel(dataset, settings, { terrainCache: cache });
    m.figures();
    return m;
  });
  const sweepMs = cache.sweepMs;
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
  return {
    sites: dataset.sites.length,
    terrain_cell_m: dataset.elevation.terrain.grid.cellSizeM,
    median_ms: round(coldMs, 1),
    sweep_ms: round(sweepMs, 1),
    sweep_share: round(sweepMs / coldMs, 2),
    sweeps: cache.sweeps,
    cache_mb: round(cache.sizeBytes / 1024 / 1024, 1),
    dem_mb: round(dataset.elevation.terrain.heights.byteLength / 1024 / 1024, 1),
    warm_rebuild_ms: round(warmMs, 1),
    no_terrain_ms: round(flatMs, 1),
    terrain_vs_none_ratio: round(coldMs / flatMs, 2),
    pct_area_4g_terrain: round(terrainOn['4G'], 2),
    pct_area_4g_open_ground: round(terrainOff['4G'], 2),
    drag_moves: moves.length,
    drag_median_ms: round(median(moves), 2),
    drag_p95_ms: round(percentile(moves, 95), 2),
  };
}
