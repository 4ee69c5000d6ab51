/**
 * Sanity checks on user-entered radio parameters. Returns one problem per field (see param-problem), e.g.
 * heightM -5 "not-above" 0. Soft limits (unusual but possible) are reported too.
 */
import { SITE_LIMITS } from '../model/site-rules';
import type { ParamProblem } from './param-problem';

const MIN_FREQ_MHZ = 30;
const MAX_FREQ_MHZ = 100_000;

export function validateRadioParams(p: { heightM?: number; freqMHz?: number; beamwidthDeg?: number }): ParamProblem[] {
  const out: ParamProblem[] = [];
  if (p.heightM !== undefined) {
    const value = String(p.heightM);
    if (!Number.isFinite(p.heightM)) out.push({ field: 'heightM', value, reason: 'not-number' });
    else if (p.heightM <= SITE_LIMITS.heightM.min) out.push({ field: 'heightM', value, reason: 'not-above', min: SITE_LIMITS.heightM.min });
    else if (p.heightM > SITE_LIMITS.heightM.max) out.push({ field: 'heightM', value, reason: 'too-high', max: SITE_LIMITS.heightM.max });
  }
  if (p.freqMHz !== undefined) {
    const value = String(p.freqMHz);
    if (!Number.isFinite(p.freqMHz)) out.push({ field: 'freqMHz', value, reason: 'not-number' });
    else if (p.freqMHz <= 0) out.push({ field: 'freqMHz', value, reason: 'not-above', min: 0 });
    else if (p.freqMHz < MIN_FREQ_MHZ || p.freqMHz > MAX_FREQ_MHZ) {
      out.push({ field: 'freqMHz', value, reason: 'band-outside-models', min: MIN_FREQ_MHZ, max: MAX_FREQ_MHZ });
    }
  }
  if (p.beamwidthDeg !== undefined) {
    const value = String(p.beamwidthDeg);
    const { min, max } = SITE_LIMITS.beamwidthDeg;
    if (!Number.isFinite(p.beamwidthDeg)) out.push({ field: 'beamwidthDeg', value, reason: 'not-number' });
    else if (p.beamwidthDeg <= min || p.beamwidthDeg > max) out.push({ field: 'beamwidthDeg', value, reason: 'outside', min, max, minOpen: true });
  }
  return out;
}
