/**
 * Parameters the engine refuses: values no propagation model can use (a mast below ground, a band outside
 * every model, NaN anywhere). A refused site is left out of the coverage with a warning naming each field and
 * reason (ParamProblem); refused settings stop the model outright, since every figure would depend on them.
 */
import { SITE_LIMITS } from '../model/site-rules';
import type { Site } from '../model/types';
import { atField, paramProblemText, validateRadioParams, type ParamProblem } from '../radio';
import type { CoverageSettings } from './settings';

const { powerOffsetDb: POWER_OFFSET, downtiltDeg: TILT } = SITE_LIMITS;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function inRange(out: ParamProblem[], field: string, v: unknown, min: number, max: number): void {
  if (!finite(v)) out.push({ field, value: String(v), reason: 'not-number' });
  else if (v < min || v > max) out.push({ field, value: String(v), reason: 'outside', min, max, minOpen: false });
}

/** Problems that stop a site being computed; empty when it can be. */
export function siteInputChecks(site: Site): ParamProblem[] {
  const out: ParamProblem[] = [];
  inRange(out, 'lon', site.lon, -180, 180);
  inRange(out, 'lat', site.lat, -90, 90);
  out.push(...validateRadioParams({ heightM: site.heightM }));
  if (site.powerOffsetDb !== undefined) inRange(out, 'powerOffsetDb', site.powerOffsetDb, POWER_OFFSET.min, POWER_OFFSET.max);
  site.radios.forEach((r, i) => {
    for (const p of validateRadioParams({ freqMHz: r.bandMHz })) out.push(atField(p, `radios[${i}].bandMHz`));
  });
  site.sectors.forEach((s, i) => {
    if (s.azimuthDeg !== null && !finite(s.azimuthDeg)) out.push({ field: `sectors[${i}].azimuthDeg`, value: String(s.azimuthDeg), reason: 'not-number-or-omni' });
    for (const p of validateRadioParams({ beamwidthDeg: s.beamwidthDeg })) out.push(atField(p, `sectors[${i}].beamwidthDeg`));
    inRange(out, `sectors[${i}].downtiltDeg`, s.downtiltDeg, TILT.min, TILT.max);
  });
  return out;
}

/** Problems with the settings, as English lines; the model refuses to start with any. */
export function settingsProblems(s: CoverageSettings): string[] {
  const out: ParamProblem[] = [];
  inRange(out, 'cellSizeM', s.cellSizeM, 1, 100_000);
  inRange(out, 'thresholdDbm', s.thresholdDbm, -200, 0);
  if (s.thresholdRxLevDbm !== undefined) inRange(out, 'thresholdRxLevDbm', s.thresholdRxLevDbm, -200, 0);
  if (s.thresholdRscpDbm !== undefined) inRange(out, 'thresholdRscpDbm', s.thresholdRscpDbm, -200, 0);
  inRange(out, 'villageCoveredShare', s.villageCoveredShare, 0, 1);
  inRange(out, 'ftthDistanceM', s.ftthDistanceM, 0, 1_000_000);
  s.budgets.forEach((b, i) => {
    for (const p of validateRadioParams({ freqMHz: b.bandMHz })) out.push(atField(p, `budgets[${i}].bandMHz`));
    const numbers = { txPowerPerReDbm: b.txPowerPerReDbm, antennaGainDbi: b.antennaGainDbi, feederLossDb: b.feederLossDb,
      beamformingGainDb: b.beamformingGainDb, shadowMarginDb: b.shadowMarginDb, indoorLossDb: b.indoorLossDb };
    for (const [key, v] of Object.entries(numbers)) inRange(out, `budgets[${i}].${key}`, v, -200, 200);
    if (!finite(b.mobileHeightM) || b.mobileHeightM <= 0) out.push({ field: `budgets[${i}].mobileHeightM`, value: String(b.mobileHeightM), reason: 'not-positive-number' });
  });
  const c = s.calibration;
  if (c) {
    c.offsetsDb.forEach((v, i) => inRange(out, `calibration.offsetsDb[${i}]`, v, -CALIBRATION_LIMIT_DB, CALIBRATION_LIMIT_DB));
    if (c.slopeDbPerDecade !== null) inRange(out, 'calibration.slopeDbPerDecade', c.slopeDbPerDecade, -CALIBRATION_LIMIT_DB, CALIBRATION_LIMIT_DB);
    inRange(out, 'calibration.log10RefM', c.log10RefM, 0, 7);
  }
  return out.map(paramProblemText);
}

/** No calibration term may move a level further than this, dB (a fit is bounded well inside it). */
export const CALIBRATION_LIMIT_DB = 40;
