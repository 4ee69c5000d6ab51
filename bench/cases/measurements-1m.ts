/**
 * Measurements at drive-test scale: `measurements-1m` imports a 1,000,000-row CSV of samples into column arrays and
 * bins them to the engine's 100 m grid, as the app's import does (against the naive import in the same run:
 * papaparse's whole-file parse into row arrays, one object per sample, a Map of bins), and `calibrate-1m` predicts,
 * scores and fits 1,000,000 samples against the demo's prediction (against the naive prediction: every site reaching
 * the sample's cell evaluated and sorted, per sample).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Papa from 'papaparse';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import { Rng } from '../../src/domain/demo/random';
import { cellIndexAt, createGrid, type GridSpec } from '../../src/domain/grid/equal-area-grid';
import { fitCalibration, holdOutShare } from '../../src/domain/measure/calibration-fit';
import { errorStats, groupedErrorStats, verdictAgreement } from '../../src/domain/measure/error-stats';
import { binMeasurements } from '../../src/domain/measure/measurement-bins';
import { MeasurementSetBuilder } from '../../src/domain/measure/measurement-set';
import { predictionErrors, predictSamples } from '../../src/domain/measure/predict-samples';
import { TECHNOLOGIES, type Dataset } from '../../src/domain/model/types';
import { readMeasurementsCsv } from '../../src/io/measure/read-measurements';
import { type CaseResult, cpuMs, peakMb, round } from '../timing';

const N = 1_000_000;

function sampleCsv(area: readonly [number, number, number, number]): string {
  const rng = new Rng(7);
  const [w, s, e, n] = area;
  const chunks = ['lat,lon,rsrp,tech,carrier,route'];
  let lines: string[] = [];
  for (let i = 0; i < N; i++) {
    lines.push(`${rng.range(s, n).toFixed(6)},${rng.range(w, e).toFixed(6)},${(-60 - rng.next() * 60).toFixed(1)},LTE,Viettel,R${i >> 12}`);
    if (lines.length === 10_000) {
      chunks.push(lines.join('\n'));
      lines = [];
    }
  }
  if (lines.length > 0) chunks.push(lines.join('\n'));
  return chunks.join('\n');
}

/** The demo province's box: the read needs only the area, so the demo itself is not built (its memory is not the read's). */
const DEMO_AREA = [107.2, 11.7, 108.2, 12.9] as const;

/** A full collection, so the figures after it are what is held, not garbage not yet collected. */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? () => void gc() : () => undefined;
})();

const mb = (bytes: number): number => round(bytes / 2 ** 20, 0);

/** The naive import: every row an object, every cell a Map entry. */
function naiveImport(text: string, grid: GridSpec): number {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const objects = parsed.data.slice(1).map((r) => ({ lat: Number(r[0]), lon: Number(r[1]), level: Number(r[2]), tech: r[3], carrier: r[4], route: r[5] }));
  const bins = new Map<number, { count: number; sum: number }>();
  for (const o of objects) {
    const c = cellIndexAt(grid, o.lon, o.lat);
    if (c < 0) continue;
    const b = bins.get(c) ?? { count: 0, sum: 0 };
    b.count++;
    b.sum += o.level;
    bins.set(c, b);
  }
  return bins.size;
}

export function measurements1mCase(): CaseResult {
  const text = sampleCsv(DEMO_AREA);
  const grid = createGrid([...DEMO_AREA], DEFAULT_COVERAGE_SETTINGS.cellSizeM);
  text.indexOf('\r');
  collect();
  const before = process.memoryUsage();
  const peakBeforeMb = peakMb();
  const c0 = cpuMs();
  const t0 = performance.now();
  const read = readMeasurementsCsv(text, { fileName: 'bench.csv', area: DEMO_AREA });
  const readMs = performance.now() - t0;
  const bins = read.set ? binMeasurements(grid, read.set) : null;
  const oursMs = performance.now() - t0;
  const oursCpuMs = cpuMs() - c0;
  // The process's peak so far: the text, then our import; the naive one below adds its own.
  const peakAfterMb = peakMb();
  collect();
  const held = process.memoryUsage();
  const c1 = cpuMs();
  const t1 = performance.now();
  const naiveBins = naiveImport(text, grid);
  const naiveMs = performance.now() - t1;
  const naiveCpuMs = cpuMs() - c1;
  return {
    rows: N, samples: read.set?.count ?? 0, bins: bins?.cells.length ?? 0, naive_bins: naiveBins, mb_text: round(text.length / 1e6, 1),
    read_ms: round(readMs, 0), bin_ms: round(oursMs - readMs, 0), import_ms: round(oursMs, 0), naive_import_ms: round(naiveMs, 0),
    speedup: round(naiveMs / oursMs, 2), import_cpu_ms: round(oursCpuMs, 0), naive_cpu_ms: round(naiveCpuMs, 0),
    speedup_cpu: round(naiveCpuMs / oursCpuMs, 2), target_ms: 10_000,
    rss_before_mb: mb(before.rss), peak_rss_before_mb: round(peakBeforeMb, 0), peak_rss_import_mb: round(peakAfterMb, 0),
    // an upper bound: the import's peak over what the process held when it began
    peak_rss_growth_mb: round(peakAfterMb - before.rss / 2 ** 20, 0),
    heap_growth_held_mb: mb(held.heapUsed + held.arrayBuffers - before.heapUsed - before.arrayBuffers), target_mb: 400,
  };
}

export function calibrate1mCase(d: Dataset): CaseResult {
  const model = new CoverageModel(d, { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G'] }, { ftth: null });
  const rng = new Rng(11);
  const [w, s, e, n] = areaBBox(d).bbox;
  const b = new MeasurementSetBuilder(TECHNOLOGIES, N);
  for (let i = 0; i < N; i++) b.add({ lon: rng.range(w, e), lat: rng.range(s, n), levelDbm: -60 - rng.next() * 60, tech: '4G', route: `R${i >> 12}` });
  const set = b.build();
  const t0 = performance.now();
  const p = predictSamples(model, set, '4G');
  const tPredict = performance.now() - t0;
  const errors = predictionErrors(set, p);
  const overall = errorStats(errors);
  groupedErrorStats(errors, p.classCode, 9);
  groupedErrorStats(errors, p.site, p.siteIds.length);
  verdictAgreement(set.levelDbm, p.predictedDbm, -105);
  const fit = fitCalibration({ errors, classCode: p.classCode, classes: 9, distanceM: p.distanceM, heldOut: holdOutShare(set.count, 0.2) }, { minSamples: 50, boundDb: 15, slope: true });
  const oursMs = performance.now() - t0;
  // Naive: every reaching site evaluated and sorted for each sample, on a 50,000-sample slice, scaled.
  const slice = 50_000;
  const t1 = performance.now();
  for (let i = 0; i < slice; i++) {
    const cell = cellIndexAt(model.grid, set.lon[i] ?? 0, set.lat[i] ?? 0);
    if (cell >= 0) model.cellSignals('4G', cell, Infinity);
  }
  const naiveMs = ((performance.now() - t1) * N) / slice;
  return {
    samples: N, compared: overall.count, predict_ms: round(tPredict, 0), total_ms: round(oursMs, 0), naive_predict_ms_scaled: round(naiveMs, 0),
    speedup_predict: round(naiveMs / tPredict, 1), fitted_classes: fit.classes.filter((c) => c.needs === null).length, target_ms: 2_000,
  };
}
