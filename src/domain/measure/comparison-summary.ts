/**
 * Everything the statistics panel shows of measured against predicted, from the per-sample predictions: error
 * statistics overall and per land-cover class, carrier, technology and site; the verdict agreement; a histogram;
 * a subsample for the scatter plot; and per reporting unit the share of samples measured at or above the threshold.
 */
import { TECHNOLOGIES, type Technology } from '../model/types';
import { errorHistogram, errorStats, groupedErrorStats, verdictAgreement, type ErrorStats, type Histogram, type VerdictAgreement } from './error-stats';
import { NO_TECH, type MeasurementSet } from './measurement-set';
import { predictionErrors, type SamplePredictions } from './predict-samples';

export interface GroupStats<K> {
  key: K;
  stats: ErrorStats;
}

export interface UnitClaim {
  /** Index into the dataset's units. */
  unit: number;
  samples: number;
  /** Share of the unit's samples measured at or above the threshold, 0..1. */
  measuredShare: number;
}

export interface ComparisonSummary {
  tech: Technology;
  thresholdDbm: number;
  samples: number;
  considered: number;
  offGrid: number;
  outsideFootprints: number;
  /** Outdoor samples (and those the file does not place): the prediction is outdoor. */
  overall: ErrorStats;
  /** Samples the file marks as taken indoors, reported apart and left out of every other figure. */
  indoor: ErrorStats;
  agreement: VerdictAgreement;
  /** Land-cover class codes (0 unknown). */
  perClass: GroupStats<number>[];
  perCarrier: GroupStats<string>[];
  perTech: GroupStats<Technology>[];
  /** The sites with the most samples first, at most `maxSites`. */
  perSite: GroupStats<string>[];
  /** Sites left out of perSite. */
  moreSites: number;
  histogram: Histogram;
  /** At most `maxPoints` compared samples, evenly through the set. */
  scatter: { predicted: Float32Array; measured: Float32Array };
  units: UnitClaim[];
}

export interface SummaryOptions {
  thresholdDbm: number;
  classes: number;
  /** The reporting unit of each sample (−1 none) and how many units there are. */
  unitOfSample: Int32Array;
  units: number;
  maxSites?: number;
  maxPoints?: number;
}

function groups<K>(errors: Float32Array, group: ArrayLike<number>, keys: readonly K[]): GroupStats<K>[] {
  return groupedErrorStats(errors, group, keys.length)
    .map((stats, i) => ({ key: keys[i] as K, stats }))
    .filter((g) => g.stats.count > 0);
}

export function summariseComparison(set: MeasurementSet, p: SamplePredictions, options: SummaryOptions): ComparisonSummary {
  const { thresholdDbm, classes, unitOfSample, units, maxSites = 20, maxPoints = 3000 } = options;
  const all = predictionErrors(set, p);
  const isIndoor = (i: number): boolean => set.indoor?.[i] === 1;
  const errors = all.map((e, i) => (isIndoor(i) ? NaN : e));
  const techIndex = TECHNOLOGIES.indexOf(p.tech);
  const techOf = Uint8Array.from(set.tech, (t) => (t === NO_TECH ? techIndex : t));
  const sites = groups(errors, p.site, p.siteIds).sort((a, b) => b.stats.count - a.stats.count);
  const compared: number[] = [];
  for (let i = 0; i < set.count; i++) if (Number.isFinite(errors[i])) compared.push(i);
  const step = Math.max(1, compared.length / maxPoints);
  const picked: number[] = [];
  for (let k = 0; k < compared.length && picked.length < maxPoints; k += step) picked.push(compared[Math.floor(k)] ?? 0);
  const inUnit = new Uint32Array(units);
  const aboveInUnit = new Uint32Array(units);
  for (let i = 0; i < set.count; i++) {
    const u = unitOfSample[i] ?? -1;
    if (u < 0 || u >= units) continue;
    inUnit[u] = (inUnit[u] ?? 0) + 1;
    if ((set.levelDbm[i] ?? -Infinity) >= thresholdDbm) aboveInUnit[u] = (aboveInUnit[u] ?? 0) + 1;
  }
  const unitClaims: UnitClaim[] = [];
  inUnit.forEach((n, unit) => {
    if (n > 0) unitClaims.push({ unit, samples: n, measuredShare: (aboveInUnit[unit] ?? 0) / n });
  });
  return {
    tech: p.tech, thresholdDbm, samples: set.count, considered: p.considered, offGrid: p.offGrid, outsideFootprints: p.outsideFootprints,
    overall: errorStats(errors),
    indoor: errorStats(all, isIndoor),
    agreement: verdictAgreement(set.levelDbm, p.predictedDbm, thresholdDbm, (i) => !isIndoor(i)),
    perClass: groups(errors, p.classCode, Array.from({ length: classes }, (_, c) => c)),
    perCarrier: groups(errors, set.carrier, set.carriers),
    perTech: groups(errors, techOf, TECHNOLOGIES),
    perSite: sites.slice(0, maxSites),
    moreSites: Math.max(0, sites.length - maxSites),
    histogram: errorHistogram(errors),
    scatter: {
      predicted: Float32Array.from(picked, (i) => p.predictedDbm[i] ?? NaN),
      measured: Float32Array.from(picked, (i) => set.levelDbm[i] ?? NaN),
    },
    units: unitClaims,
  };
}
