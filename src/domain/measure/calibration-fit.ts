/**
 * Model calibration against measurements: per land-cover class offsets o_c (and optionally one distance slope s)
 * fitted by least squares to the errors e = measured − predicted of the training samples,
 *   e ≈ o_c + s · (log10 d − log10 d_ref),
 * and judged on held-out samples the fit did not see (RMSE before and after). A class with fewer than
 * `minSamples` training samples is not fitted (offset 0, and how many it needs is said); an offset beyond
 * ±boundDb is held at the bound and flagged.
 */
import { errorStats, type ErrorStats } from './error-stats';

export interface FitOptions {
  /** Training samples a class needs before its offset is fitted. */
  minSamples: number;
  /** No offset moves a value further than this, dB (it is held there and flagged). */
  boundDb: number;
  /** Also fit the slope of the error against log10 distance. */
  slope: boolean;
}

export const DEFAULT_FIT_OPTIONS: FitOptions = { minSamples: 50, boundDb: 15, slope: false };

export interface ClassFit {
  /** Land-cover class code (0: unknown, no land-cover layer there). */
  code: number;
  trainSamples: number;
  /** The applied offset, dB (0 when refused). */
  offsetDb: number;
  /** The least-squares offset before the bound. */
  fittedDb: number;
  /** Refused for too few samples: how many it needs. */
  needs: number | null;
  /** The fitted offset was beyond the bound and is held at it. */
  clipped: boolean;
}

export interface CalibrationFit {
  classes: ClassFit[];
  /** dB per decade of distance, or null when not fitted. */
  slopeDbPerDecade: number | null;
  /** log10 of the reference distance (m) the slope pivots on: the training samples' mean. */
  log10RefM: number;
  trainSamples: number;
  heldOutSamples: number;
  /** Errors of the held-out samples with the model as it was, and with the fit applied. */
  before: ErrorStats;
  after: ErrorStats;
}

export interface FitInput {
  /** measured − predicted, dB; NaN where there is no prediction (left out). */
  errors: Float32Array;
  /** Class code per sample, 0 … classes − 1. */
  classCode: Uint8Array;
  classes: number;
  /** Distance from the attributed site, m (only read with `slope`). */
  distanceM: Float32Array;
  /** 1 for held-out samples. */
  heldOut: Uint8Array;
}

export function fitCalibration(input: FitInput, options: FitOptions = DEFAULT_FIT_OPTIONS): CalibrationFit {
  const { errors, classCode, classes, distanceM, heldOut } = input;
  const n = new Float64Array(classes);
  const sumE = new Float64Array(classes);
  const sumX = new Float64Array(classes);
  let sumXE = 0;
  let sumXX = 0;
  let trainSamples = 0;
  let logSum = 0;
  let logN = 0;
  const logD = (i: number): number => Math.log10(Math.max(1, distanceM[i] ?? 1));
  for (let i = 0; i < errors.length; i++) {
    if (heldOut[i] || !Number.isFinite(errors[i] ?? NaN)) continue;
    logSum += logD(i);
    logN++;
  }
  const ref = logN > 0 ? logSum / logN : 0;
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i] ?? NaN;
    const c = classCode[i] ?? 0;
    if (heldOut[i] || !Number.isFinite(e) || c >= classes) continue;
    trainSamples++;
    n[c] = (n[c] ?? 0) + 1;
    sumE[c] = (sumE[c] ?? 0) + e;
    if (options.slope) {
      const x = logD(i) - ref;
      sumX[c] = (sumX[c] ?? 0) + x;
      sumXE += x * e;
      sumXX += x * x;
    }
  }
  const fitted = (c: number): boolean => (n[c] ?? 0) >= options.minSamples;
  let slope: number | null = null;
  if (options.slope) {
    // Offsets eliminated from the normal equations: s = (Σxe − Σ_c X_c E_c / n_c) / (Σx² − Σ_c X_c² / n_c), over
    // the fitted classes' samples only.
    let num = sumXE;
    let den = sumXX;
    for (let c = 0; c < classes; c++) {
      const nc = n[c] ?? 0;
      // A refused class keeps offset 0: its samples still inform the slope, with nothing to eliminate.
      if (nc === 0 || !fitted(c)) continue;
      num -= ((sumX[c] ?? 0) * (sumE[c] ?? 0)) / nc;
      den -= ((sumX[c] ?? 0) ** 2) / nc;
    }
    slope = den > 1e-9 ? num / den : 0;
  }
  const fits: ClassFit[] = [];
  for (let c = 0; c < classes; c++) {
    const nc = n[c] ?? 0;
    if (nc === 0) continue;
    if (!fitted(c)) {
      fits.push({ code: c, trainSamples: nc, offsetDb: 0, fittedDb: NaN, needs: options.minSamples, clipped: false });
      continue;
    }
    const raw = ((sumE[c] ?? 0) - (slope ?? 0) * (sumX[c] ?? 0)) / nc;
    const bounded = Math.max(-options.boundDb, Math.min(options.boundDb, raw));
    fits.push({ code: c, trainSamples: nc, offsetDb: bounded, fittedDb: raw, needs: null, clipped: bounded !== raw });
  }
  const offsets = new Float64Array(classes);
  for (const f of fits) offsets[f.code] = f.offsetDb;
  const corrected = new Float32Array(errors.length);
  for (let i = 0; i < errors.length; i++) {
    const x = slope === null ? 0 : logD(i) - ref;
    corrected[i] = (errors[i] ?? NaN) - (offsets[classCode[i] ?? 0] ?? 0) - (slope ?? 0) * x;
  }
  const held = (i: number): boolean => heldOut[i] === 1;
  return {
    classes: fits, slopeDbPerDecade: slope, log10RefM: ref, trainSamples,
    heldOutSamples: errorStats(errors, held).count,
    before: errorStats(errors, held),
    after: errorStats(corrected, held),
  };
}

/** A seeded share of the samples held out (hashing the index, so the same seed always holds the same ones). */
export function holdOutShare(count: number, share: number, seed = 1): Uint8Array {
  const out = new Uint8Array(count);
  const cut = Math.round(Math.max(0, Math.min(1, share)) * 0x1_0000_0000);
  for (let i = 0; i < count; i++) out[i] = hash32(i, seed) < cut ? 1 : 0;
  return out;
}

/** The samples of one route held out: the fit is judged on a drive it never saw. */
export function holdOutRoute(route: Uint16Array, held: number): Uint8Array {
  return Uint8Array.from(route, (r) => (r === held ? 1 : 0));
}

function hash32(i: number, seed: number): number {
  let h = Math.imul(i ^ seed, 0x9e3779b1) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
