import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { startNodeBandHelper } from '../band-helper/node-band-helper';
import { type CaseResult, cpuMs, median, round } from '../timing';
import type { Dataset } from '../../src/domain/model/types';

const RUNS = 7;

interface Runs { total: number[]; build: number[]; figures: number[]; cpu: number[]; threads: number[] }

/**
 * Full coverage build of the demo province at 100 m cells, then the unit/village figures, as the app recomputes:
 * on two threads (a band helper thread paints half the rows, started beforehand as the app starts it with its
 * worker), and on one thread for comparison, the two interleaved so they share the machine's load. The first
 * two-thread run is cold: it also rasterises the boundary labels, which later builds on the same boundaries reuse.
 */
export async function province100mCase(dataset: Dataset): Promise<CaseResult> {
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100 };
  const helper = await startNodeBandHelper();
  const two: Runs = { total: [], build: [], figures: [], cpu: [], threads: [] };
  const one: Runs = { total: [], build: [], figures: [], cpu: [], threads: [] };
  let cells = 0;
  const run = (into: Runs, withHelper: boolean): void => {
    const c0 = cpuMs();
    const t0 = performance.now();
    const model = new CoverageModel(dataset, settings, withHelper ? { bandHelper: helper } : {});
    const t1 = performance.now();
    model.figures();
    const t2 = performance.now();
    into.total.push(t2 - t0);
    into.build.push(t1 - t0);
    into.figures.push(t2 - t1);
    into.cpu.push(cpuMs() - c0);
    into.threads.push(model.paintThreads);
    cells = model.grid.nx * model.grid.ny;
  };
  try {
    for (let i = 0; i < RUNS; i++) {
      run(two, true);
      run(one, false);
    }
  } finally {
    await helper.close();
  }
  const warm = (xs: number[]): number[] => xs.slice(1);
  return {
    sites: dataset.sites.length,
    units: dataset.units.length,
    villages: dataset.villages.length,
    cells,
    threads: Math.min(...two.threads),
    cold_ms: round(two.total[0] ?? NaN, 1),
    median_ms: round(median(warm(two.total)), 1),
    build_ms: round(median(warm(two.build)), 1),
    figures_ms: round(median(warm(two.figures)), 2),
    cpu_median_ms: round(median(warm(two.cpu)), 1),
    one_thread_median_ms: round(median(warm(one.total)), 1),
    two_thread_speedup: round(median(warm(one.total)) / median(warm(two.total)), 2),
    runs: RUNS - 1,
  };
}
