/**
 * national-synthetic with terrain: the same 100 000 synthetic sites and 10 000 units, 100 m cells, 4G, over a
 * generated relief (value noise, 200 m heights over the whole area, int16: about 17 MB). Terrain footprints are
 * painted on one thread (the band helper paints from shared tables only), and every site keeps its terrain window
 * (codes at 1 GHz) as long as its footprint lives.
 *
 * The case first builds a probe: every PROBE_EVERY-th site, same grid and relief, with and without terrain. From the
 * probe's time it extrapolates the full build; when that ends before FULL_DEADLINE_MS it builds all the sites and
 * reports measured figures, otherwise it reports the probe's, with the extrapolation named as such (`scope`,
 * `extrapolated_*`). The full build without terrain (one thread, the ratio's reference) runs when it is expected to
 * end before REFERENCE_DEADLINE_MS; otherwise the ratio is the probe's.
 */
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import { TerrainLossCache } from '../../src/domain/coverage/terrain-losses';
import { demoReliefGrid } from '../../src/domain/demo/relief';
import { createGrid } from '../../src/domain/grid/equal-area-grid';
import type { Dataset } from '../../src/domain/model/types';
import type { TerrainGrid } from '../../src/domain/terrain/terrain-grid';
import { type CaseResult, cpuMs, peakMb, round } from '../timing';
import { syntheticDataset } from './national-synthetic';

const RELIEF_CELL_M = 200;
const PROBE_EVERY = 20;
/**
 * Wall time from the case's start by which the full build is expected to end, and by which the full no-terrain
 * reference must end (the harness stops a case at 10 minutes). Wall time, not CPU: on a loaded machine the wall
 * clock is what may run out.
 */
const FULL_DEADLINE_MS = 450_000;
const REFERENCE_DEADLINE_MS = 540_000;

/**
 * Value noise: octaves of lattice values (seeded, uniform 0…1) interpolated with smoothstep, lattice spacing in
 * relief cells. Plains where the broadest octave is low, hills and ridges where it is high; 0 … about 1 600 m.
 */
export function syntheticRelief(grid: TerrainGrid['grid'], seed = 4242): TerrainGrid {
  let s = seed;
  const rnd = (): number => ((s = (s * 16807) % 2147483647) / 2147483647);
  const { nx, ny } = grid;
  const acc = new Float32Array(nx * ny);
  const octaves: [spacingM: number, amplitudeM: number][] = [[60_000, 900], [15_000, 400], [4_000, 200], [1_000, 80], [400, 25]];
  for (const [spacingM, amp] of octaves) {
    const step = spacingM / grid.cellSizeM;
    const lx = Math.ceil(nx / step) + 2;
    const ly = Math.ceil(ny / step) + 2;
    const lattice = Float32Array.from({ length: lx * ly }, rnd);
    for (let r = 0; r < ny; r++) {
      const fy = r / step;
      const iy = fy | 0;
      let ty = fy - iy;
      ty = ty * ty * (3 - 2 * ty);
      for (let c = 0; c < nx; c++) {
        const fx = c / step;
        const ix = fx | 0;
        let tx = fx - ix;
        tx = tx * tx * (3 - 2 * tx);
        const i = iy * lx + ix;
        const a = lattice[i] as number;
        const b = lattice[i + 1] as number;
        const d = lattice[i + lx] as number;
        const e = lattice[i + lx + 1] as number;
        const top = a + (b - a) * tx;
        acc[r * nx + c] = (acc[r * nx + c] as number) + amp * (top + (d + (e - d) * tx - top) * ty);
      }
    }
  }
  const heights = new Int16Array(nx * ny);
  // Flatten the low half into plains: the broad octave's mean is 450 m, so about half the area lies below 700 m.
  for (let i = 0; i < heights.length; i++) {
    const h = acc[i] as number;
    heights[i] = Math.round(h < 700 ? 5 + (h / 700) ** 3 * 150 : 155 + (h - 700) * 1.2);
  }
  return { grid, heights };
}

interface Build { ms: number; cpuMs: number; figuresMs: number; pctArea: number; cells: number }

function build(dataset: Dataset, terrain: boolean, cache?: TerrainLossCache): Build {
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100, techs: ['4G' as const], terrain };
  const c0 = cpuMs();
  const t0 = performance.now();
  const model = new CoverageModel(dataset, settings, cache ? { terrainCache: cache } : {});
  const t1 = performance.now();
  const figures = model.figures();
  const t2 = performance.now();
  return { ms: t2 - t0, cpuMs: cpuMs() - c0, figuresMs: t2 - t1, pctArea: figures.totals.pctAreaCovered['4G'], cells: model.grid.nx * model.grid.ny };
}

export function nationalSyntheticTerrainCase(): CaseResult {
  const start = performance.now();
  const elapsed = (): number => performance.now() - start;
  const base = syntheticDataset();
  const area = areaBBox(base);
  const t0 = performance.now();
  const relief = syntheticRelief(demoReliefGrid(createGrid(area.bbox, 100, area.marginM), RELIEF_CELL_M));
  const reliefMs = performance.now() - t0;
  const elevation = { id: 'synthetic-relief:4242', sources: ['generated value noise (bench)'], generated: true, terrain: relief };
  const withRelief: Dataset = { ...base, elevation };
  const probe: Dataset = { ...withRelief, sites: base.sites.filter((_, i) => i % PROBE_EVERY === 0) };

  // Every window kept in the cache too (no bound): its size is then the memory the footprints' windows hold.
  const probeCache = new TerrainLossCache(Number.POSITIVE_INFINITY);
  const p = build(probe, true, probeCache);
  const probeWindowsMb = probeCache.sizeBytes / 1024 / 1024;
  const probeSweepMs = probeCache.sweepMs;
  const probePeak = peakMb();
  const probeFlat = build(probe, false);
  const extrapolatedMs = p.ms * PROBE_EVERY;
  const full = elapsed() + extrapolatedMs <= FULL_DEADLINE_MS;
  const shared = {
    sites: base.sites.length,
    units: base.units.length,
    cells: p.cells,
    relief_cell_m: RELIEF_CELL_M,
    relief_cells: relief.grid.nx * relief.grid.ny,
    relief_mb: round(relief.heights.byteLength / 1024 / 1024, 1),
    relief_generate_ms: round(reliefMs, 0),
    threads: 1,
  };
  if (!full) {
    const flat = probeFlat;
    return {
      ...shared,
      scope: `probe: every ${PROBE_EVERY}th site (${probe.sites.length}); full-size figures extrapolated, not measured`,
      sites_built: probe.sites.length,
      median_ms: round(p.ms, 0),
      cpu_ms: round(p.cpuMs, 0),
      sweep_ms: round(probeSweepMs, 0),
      sweep_share: round(probeSweepMs / p.ms, 2),
      windows_mb: round(probeWindowsMb, 1),
      peak_after_build_mb: probePeak,
      pct_area_4g: round(p.pctArea, 2),
      no_terrain_ms: round(flat.ms, 0),
      no_terrain_cpu_ms: round(flat.cpuMs, 0),
      terrain_vs_none_ratio: round(p.ms / flat.ms, 2),
      terrain_vs_none_cpu_ratio: round(p.cpuMs / flat.cpuMs, 2),
      extrapolated_full_ms: round(extrapolatedMs, 0),
      extrapolated_full_cpu_ms: round(p.cpuMs * PROBE_EVERY, 0),
      extrapolated_full_windows_mb: round(probeWindowsMb * PROBE_EVERY, 0),
      note: `full build skipped: it would have ended ${round((elapsed() + extrapolatedMs) / 1000, 0)} s into the case, past ${FULL_DEADLINE_MS / 1000} s`,
    };
  }
  const cache = new TerrainLossCache(Number.POSITIVE_INFINITY);
  const f = build(withRelief, true, cache);
  const windowsMb = cache.sizeBytes / 1024 / 1024;
  const peak = peakMb();
  const fullReference = elapsed() + probeFlat.ms * PROBE_EVERY * 1.5 <= REFERENCE_DEADLINE_MS;
  const flat = fullReference ? build(base, false) : probeFlat;
  const ref = fullReference ? f : p;
  return {
    ...shared,
    scope: 'full: every site built',
    sites_built: base.sites.length,
    median_ms: round(f.ms, 0),
    cpu_ms: round(f.cpuMs, 0),
    figures_ms: round(f.figuresMs, 0),
    sweep_ms: round(cache.sweepMs, 0),
    sweep_share: round(cache.sweepMs / f.ms, 2),
    windows_mb: round(windowsMb, 1),
    peak_after_build_mb: peak,
    pct_area_4g: round(f.pctArea, 2),
    no_terrain_scope: fullReference ? 'full' : `probe (${probe.sites.length} sites): the full reference would not have ended in time`,
    no_terrain_ms: round(flat.ms, 0),
    no_terrain_cpu_ms: round(flat.cpuMs, 0),
    terrain_vs_none_ratio: round(ref.ms / flat.ms, 2),
    terrain_vs_none_cpu_ratio: round(ref.cpuMs / flat.cpuMs, 2),
    probe_sites: probe.sites.length,
    probe_ms: round(p.ms, 0),
    probe_cpu_ms: round(p.cpuMs, 0),
    probe_extrapolated_ms: round(extrapolatedMs, 0),
    note: 'one thread with terrain and for the no-terrain reference (national-synthetic paints on two without terrain)',
  };
}
