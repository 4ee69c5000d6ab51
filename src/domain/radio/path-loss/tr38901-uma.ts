/**
 * 3GPP TR 38.901 (v17) Table 7.4.1-1, Urban Macro (UMa). fc in GHz, distances in metres:
 *   d'BP = 4·h'BS·h'UT·fc/c with h'BS = hBS − hE, h'UT = hUT − hE (fc in Hz, c = 3.0e8 m/s; Note 1).
 *     hE = 1 m for hUT < 13 m (C(d2D, hUT) = 0); for taller UTs the standard draws hE at random, here hE = 1 m.
 *   PL1 = 28.0 + 22·log10(d3D) + 20·log10(fc)
 *   PL2 = 28.0 + 40·log10(d3D) + 20·log10(fc) − 9·log10(d'BP² + (hBS − hUT)²)
 *   LOS:  PL1 for 10 m ≤ d2D ≤ d'BP, PL2 for d'BP ≤ d2D ≤ 5 km (continuous at d'BP)
 *   NLOS: max(PL_LOS, PL'_NLOS), PL' = 13.54 + 39.08·log10(d3D) + 20·log10(fc) − 0.6·(hUT − 1.5), 10 m–5 km
 * Applicability: fc 0.5–100 GHz, hUT 1.5–22.5 m, hBS = 25 m nominal (this project accepts 10–50 m without a
 * warning: the formulas depend on hBS only through d3D and d'BP).
 * `pathLossDb` uses NLOS (conservative coverage planning); LOS via `tr38901UmaDb(..., true)`.
 */
import { warnIfOutside, type ModelWarning } from './model-warning';
import type { PathLossInput } from './path-loss-input';

const C_3GPP = 3.0e8;
const UMA_EFFECTIVE_ENVIRONMENT_HEIGHT_M = 1;

/** UMa breakpoint distance d'BP in metres. */
export function umaBreakpointM(fcGHz: number, hBsM: number, hUtM: number): number {
  const hE = UMA_EFFECTIVE_ENVIRONMENT_HEIGHT_M;
  return (4 * (hBsM - hE) * (hUtM - hE) * fcGHz * 1e9) / C_3GPP;
}

export function tr38901UmaDb(fcGHz: number, d2dM: number, hBsM: number, hUtM: number, los: boolean): number {
  const dh = hBsM - hUtM;
  const d3d = Math.max(Math.sqrt(d2dM * d2dM + dh * dh), 1e-3);
  const logFc = Math.log10(fcGHz);
  const logD3d = Math.log10(d3d);
  const dBp = umaBreakpointM(fcGHz, hBsM, hUtM);
  const plLos =
    d2dM <= dBp
      ? 28.0 + 22 * logD3d + 20 * logFc
      : 28.0 + 40 * logD3d + 20 * logFc - 9 * Math.log10(dBp * dBp + dh * dh);
  if (los) return plLos;
  const plNlosPrime = 13.54 + 39.08 * logD3d + 20 * logFc - 0.6 * (hUtM - 1.5);
  return Math.max(plLos, plNlosPrime);
}

export function tr38901UmaPathLossDb(input: PathLossInput): number {
  return tr38901UmaDb(input.freqMHz / 1000, input.distanceM, input.baseHeightM, input.mobileHeightM, false);
}

export function tr38901UmaWarnings(input: PathLossInput): ModelWarning[] {
  const out: ModelWarning[] = [];
  warnIfOutside(out, '3gpp-uma', 'frequency', input.freqMHz, 500, 100000, 'MHz');
  warnIfOutside(out, '3gpp-uma', 'distance', input.distanceM, 10, 5000, 'm');
  warnIfOutside(out, '3gpp-uma', 'base-height', input.baseHeightM, 10, 50, 'm');
  warnIfOutside(out, '3gpp-uma', 'mobile-height', input.mobileHeightM, 1.5, 22.5, 'm');
  return out;
}
