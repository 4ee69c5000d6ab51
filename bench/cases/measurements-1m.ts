/**
 * Measurements at drive-test scale: `measurements-1m` reads a 1,000,000-row CSV of samples into column arrays
 * (against the naive read: papaparse's whole-file parse into row arrays, then one object per sample), and
 * `calibrate-1m` predicts, scores and fits 1,000,000 samples against the demo's prediction (against the naive
 * prediction: every site reaching the sample's cell evaluated and sorted, per sample).
 */
import Papa from 'papaparse';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import { Rng } from '../../src/domain/demo/random';
import { cellIndexAt } from '../../src/domain/grid/equal-area-grid';
import { fitCalibration, holdOutShare } from '../../src/domain/measure/calibration-fit';
import { errorStats, groupedErrorStats, verdictAgreement } from '../../src/domain/measure/error-stats';
import { MeasurementSetBuilder } from '../../src/domain/measure/measurement-set';
import { predictionErrors, predictSamples } from '../../src/domain/measure/predict-samples';
import { TECHNOLOGIES, type Dataset } from '../../src/domain/model/types';
import { readMeasurementsCsv } from '../../src/io/measure/read-measurements';
import { type CaseResult, peakMb, round } from '../timing';

const N = 1_000_000;

function sampleCsv(area: readonly [number, number, number, number]): string {
  const rng = new Rng(7);
  const [w, s, e, n] = area;
  const lines = ['lat,lon,rsrp,tech,carrier,route'];
  for (let i = 0; i < N; i++) {
    lines.push(`${rng.range(s, n).toFixed(6)},${rng.range(w, e).toFixed(6)},${(-60 - rng.next() * 60).toFixed(1)},LTE,Viettel,R${i >> 12}`);
  }
  return lines.join('\n');
}

/** The demo province's box: the read needs only the area, so the demo itself is not built (its memory is not the read's). */
const DEMO_AREA = [107.2, 11.7, 108.2, 12.9] as const;

export function measurements1mCase(): CaseResult {
  const text = sampleCsv(DEMO_AREA);
  const beforeMb = peakMb();
  const t0 = performance.now();
  const read = readMeasurementsCsv(text, { fileName: 'bench.csv', area: DEMO_AREA });
  const oursMs = performance.now() - t0;
  // The process's peak so far: the text and our read, before the naive read below adds its own.
  const oursPeakMb = peakMb();
  const t1 = performance.now();
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const objects = parsed.data.slice(1).map((r) => ({ lat: Number(r[0]), lon: Number(r[1]), level: Number(r[2]), tech: r[3], carrier: r[4], route: r[5] }));
  const naiveMs = performance.now() - t1;
  return {
    rows: N, samples: read.set?.count ?? 0, mb_text: round(text.length / 1e6, 1), read_ms: round(oursMs, 0), naive_ms: round(naiveMs, 0),
    peak_mb_before_read: round(beforeMb, 0), peak_mb_after_read: round(oursPeakMb, 0), target_mb: 400,
    naive_objects: objects.length, speedup: round(naiveMs / oursMs, 2), target_ms: 10_000,
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
