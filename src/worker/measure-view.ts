/**
 * The measurement layer and statistics, computed in the worker from the kept samples against the current model:
 * per-sample predictions (predictSamples), bins on the engine's grid, and the coloured cell centres the map draws.
 */
import { levelClassesFor } from '../domain/display/coverage-palette';
import { differencePoints, measuredLevelPoints, type BinPoints } from '../domain/display/measurement-image';
import { techThresholdDbm } from '../domain/coverage/settings';
import { cellIndexAt } from '../domain/grid/equal-area-grid';
import { summariseComparison, type ComparisonSummary } from '../domain/measure/comparison-summary';
import { DEFAULT_FIT_OPTIONS, fitCalibration, holdOutRoute, holdOutShare, type CalibrationFit } from '../domain/measure/calibration-fit';
import { binMeasurements } from '../domain/measure/measurement-bins';
import { predictionErrors } from '../domain/measure/predict-samples';
import { LAND_COVER_CLASSES } from '../domain/model/land-cover';
import { predictSamples } from '../domain/measure/predict-samples';
import type { Technology } from '../domain/model/types';
import { engineState } from './engine-state';

export interface MeasureLayer {
  setId: number;
  tech: Technology;
  /** Mean measured level per cell, on the technology's level classes. */
  level: BinPoints;
  /** Mean measured − predicted per cell, diverging. */
  difference: BinPoints;
  /** Cells with samples, and those of them with a prediction. */
  cells: number;
  comparedCells: number;
  /** The statistics panel's figures (units by index into `unitCodes`). */
  stats: ComparisonSummary;
  /** Code of each reporting unit, by index. */
  unitCodes: string[];
  /** The drive routes of the set (a route column's values; the file name without one). */
  routes: string[];
}

function requireSet(setId: number) {
  const set = engineState.measurementSets.get(setId);
  if (!set) throw new Error(`measurement set ${setId} is not loaded`);
  return set;
}

/** A calibration fitted on a kept set, for review: per land-cover class offsets with their counts and refusals. */
/** What the fit leaves out to check itself on: a seeded share of the samples, or one whole drive route. */
export type HoldOut = { kind: 'share'; share: number } | { kind: 'route'; route: string };

export interface MeasureFit {
  setId: number;
  tech: Technology;
  holdOut: HoldOut;
  fit: CalibrationFit;
  /** The fit's rules: samples a class needs, and the bound on an offset, dB. */
  minSamples: number;
  boundDb: number;
}

export const measureViewApi = {
  /**
   * Fits per land-cover class offsets (and the distance slope with `slope`) on all but the held-out samples, judged
   * on the held-out ones. Indoor samples are left out unless `indoor`: the prediction is outdoor.
   */
  measureFit(setId: number, tech: Technology, holdOut: HoldOut, slope = false, indoor = false): MeasureFit {
    const set = requireSet(setId);
    const { m } = engineState.requireModel();
    const computed = m.techs.includes(tech) ? tech : (m.techs[0] ?? tech);
    const p = predictSamples(m, set, computed);
    const route = holdOut.kind === 'route' ? set.routes.indexOf(holdOut.route) : -1;
    if (holdOut.kind === 'route' && route < 0) throw new Error(`route ${holdOut.route} is not in measurement set ${setId}`);
    const fit = fitCalibration({
      errors: indoor ? predictionErrors(set, p) : predictionErrors(set, p).map((e, i) => (set.indoor?.[i] === 1 ? NaN : e)), classCode: p.classCode, classes: LAND_COVER_CLASSES.length + 1, distanceM: p.distanceM,
      heldOut: holdOut.kind === 'share' ? holdOutShare(set.count, holdOut.share) : holdOutRoute(set.route, route),
    }, { ...DEFAULT_FIT_OPTIONS, slope });
    return { setId, tech: computed, holdOut, fit, minSamples: DEFAULT_FIT_OPTIONS.minSamples, boundDb: DEFAULT_FIT_OPTIONS.boundDb };
  },

  /** The measurement layer of a kept set against the current prediction of `tech`. */
  measureLayer(setId: number, tech: Technology): MeasureLayer {
    const set = requireSet(setId);
    const { m, settings } = engineState.requireModel();
    const computed = m.techs.includes(tech) ? tech : (m.techs[0] ?? tech);
    const p = predictSamples(m, set, computed);
    const bins = binMeasurements(m.grid, set, p.predictedDbm);
    let comparedCells = 0;
    for (const d of bins.meanDiffDb) if (Number.isFinite(d)) comparedCells++;
    const unitOfSample = new Int32Array(set.count);
    for (let i = 0; i < set.count; i++) unitOfSample[i] = m.unitIndexAt(cellIndexAt(m.grid, set.lon[i] ?? NaN, set.lat[i] ?? NaN));
    const units = engineState.requireBaseline().units;
    const stats = summariseComparison(set, p, {
      thresholdDbm: techThresholdDbm(settings, computed), classes: LAND_COVER_CLASSES.length + 1, unitOfSample, units: units.length,
    });
    return {
      stats, unitCodes: units.map((u) => u.code), routes: set.routes,
      setId, tech: computed, level: measuredLevelPoints(m.grid, bins, levelClassesFor(computed)),
      difference: differencePoints(m.grid, bins), cells: bins.cells.length, comparedCells,
    };
  },
};
