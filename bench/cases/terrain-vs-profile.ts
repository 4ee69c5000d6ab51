/**
 * The radial sweep against the exact per-cell profile, on the demo's generated relief (50 m heights, 100 m cells).
 *
 * For SAMPLE_SITES 4G sites spread through the demo's site list, every STRIDE-th row and column of the site's 4G
 * footprint (the cells where CoverageModel.cellSignals lists the site): the sweep's loss (terrainLossWindow with the
 * window, step and radius the engine uses, code/4 dB at 1 GHz) against profileLossDb(terrainProfile(site → cell
 * centre)).singleEdgeDb at 1000 MHz — the same method (single dominant edge in excess of smooth earth), the same
 * antenna and mobile heights, every half terrain cell instead of the nearest ray and step.
 *
 * Two verdicts:
 *  - `verdict_level_*`: the site's level at the cell as the model paints it (terrain on, the sweep's loss at the
 *    site's lowest 4G band), against the same level with the sweep's loss replaced by the exact loss at that band;
 *    covered = level ≥ the 4G threshold. Per (site, cell), whether or not another site serves the cell.
 *  - `verdict_6db_*`: loss ≥ 6 dB at 1 GHz, sweep against exact.
 *
 * `fine_step_*`: the same sweep stepping one terrain cell instead of the engine's max(terrain cell, coverage cell).
 *
 * Speed: the sweep's time per footprint cell (one window per site, timed here, divided by the footprint's cells:
 * the strided count × STRIDE²) against the exact profile's time per cell (profile + loss, timed over the sample).
 */
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, projectLngLat, techThresholdDbm } from '../../src/domain/coverage';
import { lowestBandMHz } from '../../src/domain/coverage/site-footprint';
import { terrainInput } from '../../src/domain/coverage/terrain-losses';
import type { Dataset, Site } from '../../src/domain/model/types';
import { profileLossDb, terrainProfile } from '../../src/domain/terrain/profile';
import { lossLutForFrequency, terrainLossWindow } from '../../src/domain/terrain/radial-sweep';
import { type CaseResult, percentile, round } from '../timing';

const SAMPLE_SITES = 20;
const STRIDE = 2;
const REF_MHZ = 1000;
const SHADOW_DB = 6;
/** As terrain-losses.ts: windows are sized for the footprint radius rounded up to this. */
const RADIUS_QUANTUM_M = 1_000;
/** The box searched for a site's footprint cells, metres each side (4G footprints at 100 m cells are far smaller). */
const SEARCH_M = 40_000;

interface Pair { sweep1G: number; exact1G: number; deygout1G: number; levelSweep: number; levelExact: number; fine1G: number; levelFine: number }

export function terrainVsProfileCase(dataset: Dataset): CaseResult {
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100, techs: ['4G' as const] };
  const model = new CoverageModel(dataset, settings);
  const grid = model.grid;
  const input = terrainInput(dataset, settings, grid);
  if (!input) throw new Error('the demo has no elevation layer');
  const terrain = input.terrain;
  const mobileM = settings.budgets[0]?.mobileHeightM ?? 1.5;
  const threshold = techThresholdDbm(settings, '4G');
  const cs = grid.cellSizeM;
  const with4g = dataset.sites.filter((s) => s.radios.some((r) => r.tech === '4G'));
  const sample: Site[] = [];
  for (let i = 0; i < SAMPLE_SITES && with4g.length > 0; i++) {
    const s = with4g[Math.floor((i * with4g.length) / SAMPLE_SITES)];
    if (s) sample.push(s);
  }
  const pairs: Pair[] = [];
  let sweepMs = 0;
  let fineMs = 0;
  let exactMs = 0;
  let footprintCells = 0;
  let windowCells = 0;
  for (const site of sample) {
    const [x, y] = projectLngLat(grid, site.lon, site.lat);
    const sc = Math.floor((x - grid.x0) / cs);
    const sr = Math.floor((grid.y0 - y) / cs);
    const band = lowestBandMHz(site, '4G');
    // The footprint: cells where the model lists this site (every STRIDE-th row and column).
    const cells: [row: number, col: number, levelDbm: number, sweepLossDb: number][] = [];
    let reach = 0;
    const span = Math.ceil(SEARCH_M / cs);
    for (let row = Math.max(0, sr - span); row <= Math.min(grid.ny - 1, sr + span); row += STRIDE) {
      for (let col = Math.max(0, sc - span); col <= Math.min(grid.nx - 1, sc + span); col += STRIDE) {
        if (row === sr && col === sc) continue;
        const hit = model.cellSignals('4G', row * grid.nx + col, Infinity).find((s) => s.siteId === site.id);
        if (!hit) continue;
        cells.push([row, col, hit.levelDbm, hit.terrainLossDb]);
        reach = Math.max(reach, Math.hypot((col + 0.5) * cs + grid.x0 - x, grid.y0 - (row + 0.5) * cs - y));
      }
    }
    if (cells.length === 0) continue;
    footprintCells += cells.length * STRIDE * STRIDE;
    // The sweep, as applyTerrain calls it.
    const r = Math.ceil(reach / RADIUS_QUANTUM_M) * RADIUS_QUANTUM_M;
    const sx = x - grid.x0;
    const sy = grid.y0 - y;
    const win = {
      row0: Math.max(0, Math.floor((sy - r) / cs)), row1: Math.min(grid.ny, Math.floor((sy + r) / cs) + 1),
      col0: Math.max(0, Math.floor((sx - r) / cs)), col1: Math.min(grid.nx, Math.floor((sx + r) / cs) + 1),
    };
    const width = win.col1 - win.col0;
    windowCells += width * (win.row1 - win.row0);
    const t0 = performance.now();
    const codes = terrainLossWindow(terrain, { x, y, antennaM: site.heightM }, mobileM, win, grid, {
      stepM: Math.max(terrain.grid.cellSizeM, cs), radiusM: r,
    });
    sweepMs += performance.now() - t0;
    // The same sweep stepping one terrain cell (the engine steps max(terrain cell, coverage cell)): what a finer step buys.
    const t0f = performance.now();
    const fine = terrainLossWindow(terrain, { x, y, antennaM: site.heightM }, mobileM, win, grid, { stepM: terrain.grid.cellSizeM, radiusM: r });
    fineMs += performance.now() - t0f;
    const lut = lossLutForFrequency(band);
    // The exact profile of every sampled cell.
    const t1 = performance.now();
    const profiles = cells.map(([row, col]) => terrainProfile(terrain, { x, y }, { x: grid.x0 + (col + 0.5) * cs, y: grid.y0 - (row + 0.5) * cs }));
    const at1G = profiles.map((p) => profileLossDb(p, site.heightM, mobileM, REF_MHZ));
    exactMs += performance.now() - t1;
    const atBand = profiles.map((p) => profileLossDb(p, site.heightM, mobileM, band).singleEdgeDb);
    cells.forEach(([row, col, levelDbm, sweepLossDb], i) => {
      const exact = at1G[i];
      const inside = row >= win.row0 && row < win.row1 && col >= win.col0 && col < win.col1;
      const code = inside ? codes[(row - win.row0) * width + col - win.col0] ?? 0 : 0;
      const fineCode = inside ? fine[(row - win.row0) * width + col - win.col0] ?? 0 : 0;
      pairs.push({
        sweep1G: code / 4, exact1G: exact?.singleEdgeDb ?? 0, deygout1G: exact?.deygoutDb ?? 0,
        levelSweep: levelDbm, levelExact: levelDbm + sweepLossDb - (atBand[i] ?? 0),
        fine1G: fineCode / 4, levelFine: levelDbm + sweepLossDb - (lut[fineCode] ?? 0),
      });
    });
  }
  const n = pairs.length;
  if (n === 0) throw new Error('no footprint cells sampled');
  const absDiff = pairs.map((p) => Math.abs(p.sweep1G - p.exact1G));
  const shadowed = pairs.filter((p) => p.sweep1G > 0 || p.exact1G > 0);
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const levelFlips = pairs.filter((p) => (p.levelSweep >= threshold) !== (p.levelExact >= threshold)).length;
  const sixFlips = pairs.filter((p) => (p.sweep1G >= SHADOW_DB) !== (p.exact1G >= SHADOW_DB)).length;
  const sweepPerCellUs = (sweepMs * 1000) / footprintCells;
  const exactPerCellUs = (exactMs * 1000) / n;
  return {
    sites: sample.length,
    stride: STRIDE,
    cells_compared: n,
    terrain_cell_m: terrain.grid.cellSizeM,
    coverage_cell_m: cs,
    median_ms: round(sweepMs / sample.length, 2),
    mean_exact_loss_db: round(mean(pairs.map((p) => p.exact1G)), 2),
    share_exact_shadowed_6db: round(pairs.filter((p) => p.exact1G >= SHADOW_DB).length / n, 3),
    mean_abs_diff_db: round(mean(absDiff), 2),
    mean_abs_diff_shadowed_db: round(mean(shadowed.map((p) => Math.abs(p.sweep1G - p.exact1G))), 2),
    mean_signed_diff_db: round(mean(pairs.map((p) => p.sweep1G - p.exact1G)), 2),
    p95_abs_diff_db: round(percentile(absDiff, 95), 2),
    share_abs_diff_over_6db: round(absDiff.filter((d) => d > 6).length / n, 3),
    mean_abs_diff_vs_deygout_db: round(mean(pairs.map((p) => Math.abs(p.sweep1G - p.deygout1G))), 2),
    verdict_level_threshold_dbm: threshold,
    verdict_level_flip_share: round(levelFlips / n, 4),
    verdict_6db_flip_share: round(sixFlips / n, 4),
    fine_step_mean_abs_diff_db: round(mean(pairs.map((p) => Math.abs(p.fine1G - p.exact1G))), 2),
    fine_step_mean_signed_diff_db: round(mean(pairs.map((p) => p.fine1G - p.exact1G)), 2),
    fine_step_verdict_level_flip_share: round(pairs.filter((p) => (p.levelFine >= threshold) !== (p.levelExact >= threshold)).length / n, 4),
    fine_step_verdict_6db_flip_share: round(pairs.filter((p) => (p.fine1G >= SHADOW_DB) !== (p.exact1G >= SHADOW_DB)).length / n, 4),
    fine_step_sweep_vs_engine_time: round(fineMs / sweepMs, 2),
    sweep_ms_total: round(sweepMs, 1),
    sweep_us_per_footprint_cell: round(sweepPerCellUs, 3),
    sweep_us_per_window_cell: round((sweepMs * 1000) / windowCells, 3),
    exact_us_per_cell: round(exactPerCellUs, 2),
    speedup_vs_exact: round(exactPerCellUs / sweepPerCellUs, 0),
    note: 'footprint cells = strided count × stride²; level verdict per (site, cell) at the lowest 4G band, 6 dB verdict at 1 GHz',
  };
}
