/**
 * Sanity checks on user-entered radio parameters. Returns one message per problem, each starting with the
 * field name, e.g. "heightM: -5 must be > 0". Soft limits (unusual but possible) are reported too.
 */
import { SITE_LIMITS } from '../model/site-rules';

const MIN_FREQ_MHZ = 30;
const MAX_FREQ_MHZ = 100_000;

export function validateRadioParams(p: { heightM?: number; freqMHz?: number; beamwidthDeg?: number }): string[] {
  const out: string[] = [];
  if (p.heightM !== undefined) {
    if (!Number.isFinite(p.heightM)) out.push(`heightM: ${p.heightM} must be a finite number`);
    else if (p.heightM <= SITE_LIMITS.heightM.min) out.push(`heightM: ${p.heightM} must be > ${SITE_LIMITS.heightM.min}`);
    else if (p.heightM > SITE_LIMITS.heightM.max) out.push(`heightM: ${p.heightM} exceeds ${SITE_LIMITS.heightM.max} m`);
  }
  if (p.freqMHz !== undefined) {
    if (!Number.isFinite(p.freqMHz)) out.push(`freqMHz: ${p.freqMHz} must be a finite number`);
    else if (p.freqMHz <= 0) out.push(`freqMHz: ${p.freqMHz} must be > 0`);
    else if (p.freqMHz < MIN_FREQ_MHZ || p.freqMHz > MAX_FREQ_MHZ) {
      out.push(`freqMHz: ${p.freqMHz} outside ${MIN_FREQ_MHZ}–${MAX_FREQ_MHZ} MHz covered by the models`);
    }
  }
  if (p.beamwidthDeg !== undefined) {
    if (!Number.isFinite(p.beamwidthDeg)) out.push(`beamwidthDeg: ${p.beamwidthDeg} must be a finite number`);
    else if (p.beamwidthDeg <= SITE_LIMITS.beamwidthDeg.min || p.beamwidthDeg > SITE_LIMITS.beamwidthDeg.max) {
      out.push(`beamwidthDeg: ${p.beamwidthDeg} must be in (${SITE_LIMITS.beamwidthDeg.min}, ${SITE_LIMITS.beamwidthDeg.max}]`);
    }
  }
  return out;
}
