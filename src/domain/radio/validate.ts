/**
 * Sanity checks on user-entered radio parameters. Returns one message per problem, each starting with the
 * field name, e.g. "heightM: -5 must be > 0". Soft limits (unusual but possible) are reported too.
 */
const MAX_MAST_HEIGHT_M = 300;
const MIN_FREQ_MHZ = 30;
const MAX_FREQ_MHZ = 100_000;

export function validateRadioParams(p: { heightM?: number; freqMHz?: number; beamwidthDeg?: number }): string[] {
  const out: string[] = [];
  if (p.heightM !== undefined) {
    if (!Number.isFinite(p.heightM)) out.push(`heightM: ${p.heightM} must be a finite number`);
    else if (p.heightM <= 0) out.push(`heightM: ${p.heightM} must be > 0`);
    else if (p.heightM > MAX_MAST_HEIGHT_M) out.push(`heightM: ${p.heightM} exceeds ${MAX_MAST_HEIGHT_M} m`);
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
    else if (p.beamwidthDeg <= 0 || p.beamwidthDeg > 360) out.push(`beamwidthDeg: ${p.beamwidthDeg} must be in (0, 360]`);
  }
  return out;
}
