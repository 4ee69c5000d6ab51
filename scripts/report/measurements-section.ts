/**
 * The report's `measurements` section: the prediction against measured samples (count, mean error, standard
 * deviation and RMSE of measured − predicted, overall and per land-cover class, carrier, technology and site, and
 * the share of samples whose covered verdict agrees) and, with --calibrate, the fitted offsets, their held-out
 * judgement and the totals recomputed with them. As in the app, samples marked indoor are counted apart and left out
 * of every other figure (the prediction is outdoor), and out of the fit unless asked for.
 */
import { CoverageModel } from '../../src/domain/coverage';
import type { Calibration, CoverageSettings } from '../../src/domain/coverage/settings';
import { techThresholdDbm } from '../../src/domain/coverage/settings';
import { fitCalibration, holdOutShare } from '../../src/domain/measure/calibration-fit';
import { errorStats, groupedErrorStats, verdictAgreement, type ErrorStats } from '../../src/domain/measure/error-stats';
import { NO_TECH, type MeasurementSet } from '../../src/domain/measure/measurement-set';
import { predictionErrors, predictSamples } from '../../src/domain/measure/predict-samples';
import { LAND_COVER_CLASSES } from '../../src/domain/model/land-cover';
import { TECHNOLOGIES, type Dataset } from '../../src/domain/model/types';
import { measureIssueText } from '../../src/i18n/measure-strings';
import type { MeasurementsRead } from '../../src/io/measure/read-measurements';

const CLASSES = LAND_COVER_CLASSES.length + 1;
const round = (v: number, d = 2): number | null => (Number.isFinite(v) ? Math.round(v * 10 ** d) / 10 ** d : null);
const className = (code: number): string => LAND_COVER_CLASSES[code - 1] ?? 'unknown';

interface StatsJson { count: number; mean_error_db: number | null; std_db: number | null; rmse_db: number | null }
const statsJson = (s: ErrorStats): StatsJson => ({ count: s.count, mean_error_db: round(s.meanDb), std_db: round(s.stdDb), rmse_db: round(s.rmseDb) });

function grouped<K>(errors: Float32Array, group: ArrayLike<number>, names: readonly K[], key: string): (Record<string, K> & StatsJson)[] {
  return groupedErrorStats(errors, group, names.length)
    .map((s, i) => ({ [key]: names[i], ...statsJson(s) }) as Record<string, K> & StatsJson)
    .filter((g) => g.count > 0);
}

export interface MeasurementsOptions { file: string; calibrate: boolean; holdOut: number; includeIndoor?: boolean }

export function measurementsSection(
  dataset: Dataset, settings: CoverageSettings, model: CoverageModel, read: MeasurementsRead, options: MeasurementsOptions,
): Record<string, unknown> {
  const issues = read.issues.map((i) => ({ line: i.line, severity: i.severity, reason: measureIssueText('en', i) }));
  const set = read.set;
  if (!set) return { file: options.file, samples: 0, rows: read.rows, issues };
  // 4G carries the department's indicators; samples of a technology not computed are counted, not compared.
  const tech = model.techs.includes('4G') ? '4G' : (model.techs[0] ?? '4G');
  const p = predictSamples(model, set, tech);
  const all = predictionErrors(set, p);
  const isIndoor = (i: number): boolean => set.indoor?.[i] === 1;
  const errors = all.map((e, i) => (isIndoor(i) ? NaN : e));
  const threshold = techThresholdDbm(settings, tech);
  const techOfSample = Uint8Array.from(set.tech, (t) => (t === NO_TECH ? TECHNOLOGIES.indexOf(tech) : t));
  const section: Record<string, unknown> = {
    file: options.file, rows: read.rows, samples: set.count, rejected_rows: read.issues.filter((i) => i.severity === 'error' && i.line > 0).length,
    technology: tech, compared: errorStats(errors).count, off_grid: p.offGrid, outside_footprints: p.outsideFootprints,
    unknown_serving_site: p.unknownServing,
    ...statsJson(errorStats(errors)),
    indoor: statsJson(errorStats(all, isIndoor)),
    named_cells: set.cellIds?.length ?? 0,
    threshold_dbm: threshold,
    agreement_share: round(verdictAgreement(set.levelDbm, p.predictedDbm, threshold, (i) => !isIndoor(i)).share, 4),
    per_clutter: grouped(errors, p.classCode, Array.from({ length: CLASSES }, (_, c) => className(c)), 'class'),
    per_carrier: grouped(errors, set.carrier, set.carriers, 'carrier'),
    per_technology: grouped(errors, techOfSample, TECHNOLOGIES, 'technology'),
    per_site: grouped(errors, p.site, p.siteIds, 'site_id').sort((a, b) => b.count - a.count),
    issues,
  };
  if (options.calibrate) {
    const fitted = options.includeIndoor ? all : errors;
    section.calibration = { indoor_included: options.includeIndoor ?? false, ...calibrationSection(dataset, settings, set, fitted, p.classCode, p.distanceM, options.holdOut) };
  }
  return section;
}

function calibrationSection(
  dataset: Dataset, settings: CoverageSettings, set: MeasurementSet, errors: Float32Array, classCode: Uint8Array, distanceM: Float32Array, holdOut: number,
): Record<string, unknown> {
  const fit = fitCalibration({ errors, classCode, classes: CLASSES, distanceM, heldOut: holdOutShare(set.count, holdOut) });
  const offsetsDb = Array.from({ length: CLASSES }, (_, c) => fit.classes.find((f) => f.code === c)?.offsetDb ?? 0);
  const calibration: Calibration = {
    offsetsDb, slopeDbPerDecade: fit.slopeDbPerDecade, log10RefM: fit.log10RefM, samples: fit.trainSamples, heldOutRmseDb: fit.after.rmseDb,
  };
  const figures = new CoverageModel(dataset, { ...settings, calibration }).figures();
  return {
    note: `calibrated with ${fit.trainSamples} samples, RMSE ${round(fit.after.rmseDb, 1)} dB on ${fit.heldOutSamples} held-out samples`,
    held_out_share: holdOut, train_samples: fit.trainSamples, held_out_samples: fit.heldOutSamples,
    before: statsJson(fit.before), after: statsJson(fit.after),
    offsets: fit.classes.map((c) => ({
      class: className(c.code), samples: c.trainSamples, offset_db: round(c.offsetDb), fitted_db: round(c.fittedDb),
      ...(c.needs !== null ? { refused: `too few samples: ${c.trainSamples} of the ${c.needs} needed` } : {}),
      ...(c.clipped ? { bounded: `fitted ${round(c.fittedDb)} dB, held at the ±15 dB bound` } : {}),
    })),
    totals: {
      pct_area_4g: round(figures.totals.pctAreaCovered['4G'] ?? NaN),
      pct_villages_4g: round(figures.totals.pctVillages['4G'] ?? NaN),
      pct_population_4g: round(figures.totals.pctPopulation['4G'] ?? NaN),
    },
  };
}
