import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import { runBandJob, splitRow, type BandHelper, type BandJob } from '../../../src/domain/coverage/band-job';
import { TECHNOLOGIES } from '../../../src/domain/model/types';
import { gridDataset } from './synthetic-dataset';
import { areaBBox } from '../../../src/domain/coverage/area-bbox';
import { createGrid } from '../../../src/domain/grid/equal-area-grid';

const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 200, techs: TECHNOLOGIES };

/** Runs each job at once on this thread: the split, the encoding and the band limits, without a second thread. */
function inlineHelper(jobs: BandJob[] = [], minCells = 0): BandHelper {
  return { ready: true, minCells, start: (job) => { jobs.push(job); runBandJob(job); } };
}

describe('bulk load split by rows with a band helper', () => {
  it('paints exactly what one thread paints: every level and figure', () => {
    const dataset = gridDataset(21, 3, 3, 0.12, 90);
    const jobs: BandJob[] = [];
    const one = new CoverageModel(dataset, settings, { ftth: null });
    const two = new CoverageModel(dataset, settings, { ftth: null, bandHelper: inlineHelper(jobs) });
    expect(jobs).toHaveLength(1);
    const job = jobs[0];
    expect(job?.rowFrom).toBeGreaterThan(0);
    expect(job?.rowFrom).toBeLessThan(two.grid.ny);
    for (const tech of TECHNOLOGIES) {
      expect(two.raster(tech).levels).toEqual(one.raster(tech).levels);
      expect(two.raster(tech).levels.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
    expect(two.figures().units).toEqual(one.figures().units);
    expect(two.figures().villages).toEqual(one.figures().villages);
  });

  it('with a land-cover layer, the helper paints the receiver loss too: every level as one thread paints it', () => {
    const base = gridDataset(21, 3, 3, 0.12, 90);
    const { bbox, marginM } = areaBBox(base);
    const grid = createGrid(bbox, 100, marginM);
    // Stripes of every class, so each row of the loss tables is read on both threads.
    const classes = Uint8Array.from({ length: grid.nx * grid.ny }, (_, i) => (Math.floor((i % grid.nx) / 7) % 9));
    const dataset = { ...base, landCover: { id: 'stripes', sources: ['test'], generated: true, cover: { grid, classes } } };
    const jobs: BandJob[] = [];
    const one = new CoverageModel(dataset, settings, { ftth: null });
    const two = new CoverageModel(dataset, settings, { ftth: null, bandHelper: inlineHelper(jobs) });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.receiverClasses).not.toBeNull();
    for (const tech of TECHNOLOGIES) expect(two.raster(tech).levels).toEqual(one.raster(tech).levels);
    const none = new CoverageModel(base, settings, { ftth: null });
    expect(two.raster('4G').levels).not.toEqual(none.raster('4G').levels);
    expect(two.figures().units).toEqual(one.figures().units);
  });

  it('after the split load, edits stay exact: moving and removing sites matches a scratch build', () => {
    const dataset = gridDataset(5, 2, 2, 0.1, 60);
    const m = new CoverageModel(dataset, settings, { ftth: null, bandHelper: inlineHelper() });
    const moved = dataset.sites.slice(0, 10).map((s) => ({ ...s, lon: s.lon + 0.01, lat: s.lat - 0.008 }));
    moved.forEach((s) => m.upsertSite(s));
    for (const s of dataset.sites.slice(10, 15)) m.removeSite(s.id);
    const scratch = new CoverageModel({ ...dataset, sites: [...m.sites] }, settings, { ftth: null });
    expect(m.figures().units).toEqual(scratch.figures().units);
    expect(m.figures().totals).toEqual(scratch.figures().totals);
  });

  it('a helper that fails leaves its rows to this thread, with a warning', () => {
    const dataset = gridDataset(8, 2, 2, 0.1, 60);
    const failing: BandHelper = { ready: true, minCells: 0, start: (job) => Atomics.store(job.done, 0, 2) };
    const one = new CoverageModel(dataset, settings, { ftth: null });
    const m = new CoverageModel(dataset, settings, { ftth: null, bandHelper: failing });
    expect(m.raster('4G').levels).toEqual(one.raster('4G').levels);
    expect(m.figures().warnings).toContainEqual({ code: 'second-thread-failed' });
  });

  it('a helper not yet ready, or a load under its threshold, is painted by one thread', () => {
    const jobs: BandJob[] = [];
    const notReady: BandHelper = { ready: false, minCells: 0, start: (job) => jobs.push(job) };
    const one = new CoverageModel(gridDataset(3, 2, 2, 0.1, 60), settings, { ftth: null, bandHelper: notReady });
    const small = new CoverageModel(gridDataset(3, 2, 2, 0.1, 60), settings, { ftth: null, bandHelper: inlineHelper(jobs, 1e12) });
    expect(jobs).toHaveLength(0);
    expect([one.paintThreads, small.paintThreads]).toEqual([1, 1]);
  });

  it('splitRow balances the cells evaluated, not the rows', () => {
    const disc = (sy: number): Parameters<typeof splitRow>[2][number] => ({ sy, radiusM: 1000, row0: Math.floor((sy - 1000) / 100), row1: Math.ceil((sy + 1000) / 100) } as Parameters<typeof splitRow>[2][number]);
    // Three discs near the top, one near the bottom of 200 rows: the split falls inside the top group.
    const split = splitRow(200, 100, [disc(1500), disc(1500), disc(1500), disc(18000)], 0.5);
    expect(split).toBeGreaterThan(10);
    expect(split).toBeLessThan(30);
  });
});
