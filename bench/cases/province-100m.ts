import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { type CaseResult, cpuMs, median, round, timeRuns } from '../timing';
import type { Dataset } from '../../src/domain/model/types';

/** Full coverage build of the demo province at 100 m cells, then the unit/village figures (median of 3; cold = first). */
export function province100mCase(dataset: Dataset): CaseResult {
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100 };
  let model: CoverageModel | null = null;
  const buildTimes: number[] = [];
  const figureTimes: number[] = [];
  const cpuTimes: number[] = [];
  const totals = timeRuns(() => {
    const c0 = cpuMs();
    const t0 = performance.now();
    model = new CoverageModel(dataset, settings);
    const t1 = performance.now();
    model.figures();
    buildTimes.push(t1 - t0);
    figureTimes.push(performance.now() - t1);
    cpuTimes.push(cpuMs() - c0);
  }, 3, 0);
  const grid = (model as CoverageModel | null)?.grid;
  return {
    sites: dataset.sites.length,
    units: dataset.units.length,
    villages: dataset.villages.length,
    cells: grid ? grid.nx * grid.ny : 0,
    // The first run also rasterises the boundary labels, which later recomputes of the same boundaries reuse.
    cold_ms: round(totals[0] ?? NaN, 1),
    median_ms: round(median(totals), 1),
    cpu_median_ms: round(median(cpuTimes), 1),
    build_ms: round(median(buildTimes), 1),
    figures_ms: round(median(figureTimes), 2),
  };
}
