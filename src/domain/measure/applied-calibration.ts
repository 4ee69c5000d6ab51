/**
 * A calibration as the project keeps it: the engine's offsets with where they came from (the measurement file, the
 * samples fitted, the held-out RMSE after the fit and the day it was applied), built from a reviewed fit.
 */
import { CALIBRATION_LIMIT_DB } from '../coverage/input-checks';
import type { Calibration } from '../coverage/settings';
import type { CalibrationFit } from './calibration-fit';

export interface AppliedCalibration extends Calibration {
  fileName: string;
  /** ISO 8601 date and time the calibration was applied. */
  appliedAt: string;
}

const bounded = (v: number) => Math.max(-CALIBRATION_LIMIT_DB, Math.min(CALIBRATION_LIMIT_DB, v));

/**
 * The calibration a fit gives. The fit was made against the prediction as it was, so on top of an applied
 * calibration its offsets add to the applied ones; refused classes keep what they had.
 */
export function applyFit(fit: CalibrationFit, previous: Calibration | null, fileName: string, now: Date): AppliedCalibration {
  const offsetsDb = [...(previous?.offsetsDb ?? [])];
  for (const c of fit.classes) {
    const had = offsetsDb[c.code] ?? 0;
    offsetsDb[c.code] = c.needs === null ? bounded(had + c.offsetDb) : had;
  }
  for (let i = 0; i < offsetsDb.length; i++) offsetsDb[i] ??= 0;
  const slope = fit.slopeDbPerDecade === null ? (previous?.slopeDbPerDecade ?? null) : bounded((previous?.slopeDbPerDecade ?? 0) + fit.slopeDbPerDecade);
  return {
    offsetsDb, slopeDbPerDecade: slope, log10RefM: fit.slopeDbPerDecade === null && previous ? previous.log10RefM : fit.log10RefM,
    samples: fit.trainSamples, heldOutRmseDb: fit.after.rmseDb, fileName, appliedAt: now.toISOString(),
  };
}
