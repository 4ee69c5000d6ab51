import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import { areaBBox } from '../../../src/domain/coverage/area-bbox';
import type { BandHelper, BandJob } from '../../../src/domain/coverage/band-job';
import { runSweepJob, splitSweeps, SWEEP_RECORD, type SweepJob, type SweepRequest } from '../../../src/domain/coverage/sweep-job';
import { TerrainLossCache } from '../../../src/domain/coverage/terrain-losses';
import { createGrid } from '../../../src/domain/grid/equal-area-grid';
import type { Dataset } from '../../../src/domain/model/types';
import { TECHNOLOGIES } from '../../../src/domain/model/types';
import { NO_ELEVATION } from '../../../src/domain/terrain/terrain-grid';
import { gridDataset } from './synthetic-dataset';

const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100, techs: TECHNOLOGIES };

/** Hills and valleys over the dataset's area at 50 m, with a band of unknown ground (voids). */
function withRelief(d: Dataset): Dataset {
  const { bbox, marginM } = areaBBox(d);
  const grid = createGrid(bbox, 50, marginM);
  const heights = Int16Array.from({ length: grid.nx * grid.ny }, (_, i) => {
    const r = Math.floor(i / grid.nx);
    const c = i % grid.nx;
    if (r > grid.ny * 0.6 && r < grid.ny * 0.62) return NO_ELEVATION;
    return Math.round(500 + 120 * Math.sin(c / 23) * Math.cos(r / 31) + 60 * Math.sin((c + 2 * r) / 9));
  });
  return { ...d, elevation: { id: 'hills', sources: ['test'], generated: true, terrain: { grid, heights } } };
}

/** Sweeps each terrain job at once on this thread (the band jobs are not asked for: terrain footprints paint here). */
function inlineSweeper(jobs: SweepJob[]): BandHelper {
  return {
    ready: true, minCells: 0,
    start: (job: BandJob) => Atomics.store(job.done, 0, 2),
    startSweep: (job) => { jobs.push(job); runSweepJob(job); },
  };
}

describe('terrain windows of a bulk load swept on two threads', () => {
  const dataset = withRelief(gridDataset(31, 2, 2, 0.1, 40));

  it('gives exactly the rasters one thread gives: every level of every technology, and the figures', () => {
    const jobs: SweepJob[] = [];
    const one = new CoverageModel(dataset, settings, { ftth: null, terrainCache: new TerrainLossCache() });
    const cache = new TerrainLossCache();
    const two = new CoverageModel(dataset, settings, { ftth: null, terrainCache: cache, bandHelper: inlineSweeper(jobs) });
    expect(jobs).toHaveLength(1);
    const swept = (jobs[0]?.records.length ?? 0) / Object.keys(SWEEP_RECORD).length;
    // About half the windows (by cells) went to the helper, the rest were swept here.
    expect(swept).toBeGreaterThan(5);
    expect(cache.sweeps).toBeGreaterThan(5);
    expect([one.sweepThreads, two.sweepThreads]).toEqual([1, 2]);
    const flat = new CoverageModel({ ...dataset, elevation: undefined }, settings, { ftth: null });
    expect(one.raster('4G').levels).not.toEqual(flat.raster('4G').levels);
    for (const tech of TECHNOLOGIES) expect(two.raster(tech).levels).toEqual(one.raster(tech).levels);
    expect(two.figures().units).toEqual(one.figures().units);
    expect(two.figures().villages).toEqual(one.figures().villages);
  });

  it('after the two-thread load, edits stay exact: moved sites match a one-thread scratch build', () => {
    const m = new CoverageModel(dataset, settings, { ftth: null, terrainCache: new TerrainLossCache(), bandHelper: inlineSweeper([]) });
    dataset.sites.slice(0, 6).forEach((s) => m.upsertSite({ ...s, lon: s.lon + 0.004, lat: s.lat - 0.003 }));
    const scratch = new CoverageModel({ ...dataset, sites: [...m.sites] }, settings, { ftth: null, terrainCache: new TerrainLossCache() });
    expect(m.raster('4G').levels).toEqual(scratch.raster('4G').levels);
    expect(m.figures().totals).toEqual(scratch.figures().totals);
  });

  it('a helper that fails leaves its windows to this thread, with a warning; one not ready is not asked', () => {
    const one = new CoverageModel(dataset, settings, { ftth: null, terrainCache: new TerrainLossCache() });
    const failing: BandHelper = { ready: true, start: () => undefined, startSweep: (job) => Atomics.store(job.done, 0, 2) };
    const m = new CoverageModel(dataset, settings, { ftth: null, terrainCache: new TerrainLossCache(), bandHelper: failing });
    expect(m.raster('4G').levels).toEqual(one.raster('4G').levels);
    expect(m.figures().warnings).toContainEqual({ code: 'second-thread-failed' });
    expect(m.sweepThreads).toBe(1);
    const jobs: SweepJob[] = [];
    const notReady = new CoverageModel(dataset, settings, {
      ftth: null, terrainCache: new TerrainLossCache(), bandHelper: { ...inlineSweeper(jobs), ready: false },
    });
    expect(jobs).toHaveLength(0);
    expect(notReady.raster('4G').levels).toEqual(one.raster('4G').levels);
  });

  it('a warm rebuild finds every window cached and asks the helper nothing', () => {
    const cache = new TerrainLossCache();
    const jobs: SweepJob[] = [];
    new CoverageModel(dataset, settings, { ftth: null, terrainCache: cache, bandHelper: inlineSweeper(jobs) });
    // A setting that does not change any footprint (the share of a village that must be covered).
    const warm = new CoverageModel(dataset, { ...settings, villageCoveredShare: 0.3 }, {
      ftth: null, terrainCache: cache, bandHelper: inlineSweeper(jobs),
    });
    expect(jobs).toHaveLength(1);
    expect(warm.sweepThreads).toBe(1);
  });

  it('splits the windows into two halves of about equal cells', () => {
    const w = (cells: number): { request: SweepRequest } => ({
      request: { x: 0, y: 0, antennaM: 30, window: { row0: 0, row1: cells, col0: 0, col1: 1 }, stepM: 50, radiusM: 1000 },
    });
    const { helper, here } = splitSweeps([w(10), w(7), w(5), w(4), w(3), w(1)]);
    const cells = (xs: { request: SweepRequest }[]) => xs.reduce((n, x) => n + x.request.window.row1, 0);
    expect([cells(helper), cells(here)]).toEqual([15, 15]);
  });
});
