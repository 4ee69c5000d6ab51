/**
 * Parameters the engine refuses: values no propagation model can use (a mast below ground, a band outside
 * every model, NaN anywhere). A refused site is left out of the coverage with a warning naming the field; refused
 * settings stop the model outright, since every figure would depend on them. Each message starts with the field.
 */
import { SITE_LIMITS } from '../model/site-rules';
import type { Site } from '../model/types';
import { validateRadioParams } from '../radio';
import type { CoverageSettings } from './settings';

const { powerOffsetDb: POWER_OFFSET, downtiltDeg: TILT } = SITE_LIMITS;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function inRange(out: string[], field: string, v: unknown, lo: number, hi: number): void {
  if (!finite(v)) out.push(`${field}: ${String(v)} must be a finite number`);
  else if (v < lo || v > hi) out.push(`${field}: ${v} must be within [${lo}, ${hi}]`);
}

/** Problems that stop a site being computed; empty when it can be. */
export function siteInputProblems(site: Site): string[] {
  const out: string[] = [];
  inRange(out, 'lon', site.lon, -180, 180);
  inRange(out, 'lat', site.lat, -90, 90);
  out.push(...validateRadioParams({ heightM: site.heightM }));
  if (site.powerOffsetDb !== undefined) inRange(out, 'powerOffsetDb', site.powerOffsetDb, POWER_OFFSET.min, POWER_OFFSET.max);
  site.radios.forEach((r, i) => {
    for (const p of validateRadioParams({ freqMHz: r.bandMHz })) out.push(`radios[${i}].bandMHz${p.slice('freqMHz'.length)}`);
  });
  site.sectors.forEach((s, i) => {
    if (s.azimuthDeg !== null && !finite(s.azimuthDeg)) out.push(`sectors[${i}].azimuthDeg: ${String(s.azimuthDeg)} must be a finite number or null (omni)`);
    for (const p of validateRadioParams({ beamwidthDeg: s.beamwidthDeg })) out.push(`sectors[${i}].${p}`);
    inRange(out, `sectors[${i}].downtiltDeg`, s.downtiltDeg, TILT.min, TILT.max);
  });
  return out;
}

/** Problems with the settings; the model refuses to start with any. */
export function settingsProblems(s: CoverageSettings): string[] {
  const out: string[] = [];
  inRange(out, 'cellSizeM', s.cellSizeM, 1, 100_000);
  inRange(out, 'thresholdDbm', s.thresholdDbm, -200, 0);
  inRange(out, 'villageCoveredShare', s.villageCoveredShare, 0, 1);
  inRange(out, 'ftthDistanceM', s.ftthDistanceM, 0, 1_000_000);
  s.budgets.forEach((b, i) => {
    for (const p of validateRadioParams({ freqMHz: b.bandMHz })) out.push(`budgets[${i}].bandMHz${p.slice('freqMHz'.length)}`);
    const numbers = { txPowerPerReDbm: b.txPowerPerReDbm, antennaGainDbi: b.antennaGainDbi, feederLossDb: b.feederLossDb,
      beamformingGainDb: b.beamformingGainDb, shadowMarginDb: b.shadowMarginDb, indoorLossDb: b.indoorLossDb };
    for (const [key, v] of Object.entries(numbers)) inRange(out, `budgets[${i}].${key}`, v, -200, 200);
    if (!finite(b.mobileHeightM) || b.mobileHeightM <= 0) out.push(`budgets[${i}].mobileHeightM: ${String(b.mobileHeightM)} must be a finite number > 0`);
  });
  return out;
}
