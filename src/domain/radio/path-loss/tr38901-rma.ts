/**
 * 3GPP TR 38.901 (v17) Table 7.4.1-1, Rural Macro (RMa). fc in GHz, distances in metres, d3D the straight-line
 * distance, h average building height, W average street width:
 *   dBP = 2π·hBS·hUT·fc/c   (fc in Hz, c = 3.0e8 m/s; Note 5)
 *   PL1 = 20·log10(40π·d3D·fc/3) + min(0.03·h^1.72, 10)·log10(d3D) − min(0.044·h^1.72, 14.77) + 0.002·log10(h)·d3D
 *   PL2 = PL1(dBP) + 40·log10(d3D/dBP)
 *   LOS:  PL1 for 10 m ≤ d2D ≤ dBP, PL2 for dBP ≤ d2D ≤ 10 km
 *   NLOS: max(PL_LOS, PL'_NLOS) for 10 m ≤ d2D ≤ 5 km, with
 *         PL' = 161.04 − 7.1·log10(W) + 7.5·log10(h) − (24.37 − 3.7·(h/hBS)²)·log10(hBS)
 *               + (43.42 − 3.1·log10(hBS))·(log10(d3D) − 3) + 20·log10(fc) − (3.2·(log10(11.75·hUT))² − 4.97)
 * Applicability: fc 0.5–30 GHz, hBS 10–150 m, hUT 1–10 m, h 5–50 m, W 5–50 m. Defaults h = 5 m, W = 20 m.
 * `pathLossDb` uses NLOS (the conservative, coverage-planning case; LOS probability in RMa decays as
 * exp(−(d2D − 10)/1000)); LOS is available through `tr38901RmaDb(..., true)`.
 */
import { warnIfOutside, type ModelWarning } from './model-warning';
import type { PathLossInput } from './path-loss-input';

export const RMA_DEFAULT_BUILDING_HEIGHT_M = 5;
export const RMA_DEFAULT_STREET_WIDTH_M = 20;
const C_3GPP = 3.0e8;

/** RMa breakpoint distance dBP in metres. */
export function rmaBreakpointM(fcGHz: number, hBsM: number, hUtM: number): number {
  return (2 * Math.PI * hBsM * hUtM * fcGHz * 1e9) / C_3GPP;
}

function rmaPl1Db(fcGHz: number, d3dM: number, h: number): number {
  const hPow = Math.pow(h, 1.72);
  return (
    20 * Math.log10((40 * Math.PI * d3dM * fcGHz) / 3) +
    Math.min(0.03 * hPow, 10) * Math.log10(d3dM) -
    Math.min(0.044 * hPow, 14.77) +
    0.002 * Math.log10(h) * d3dM
  );
}

export function tr38901RmaDb(
  fcGHz: number,
  d2dM: number,
  hBsM: number,
  hUtM: number,
  los: boolean,
  buildingHeightM: number = RMA_DEFAULT_BUILDING_HEIGHT_M,
  streetWidthM: number = RMA_DEFAULT_STREET_WIDTH_M,
): number {
  const dh = hBsM - hUtM;
  const d3d = Math.max(Math.sqrt(d2dM * d2dM + dh * dh), 1e-3);
  const h = buildingHeightM;
  const dBp = rmaBreakpointM(fcGHz, hBsM, hUtM);
  const plLos = d2dM <= dBp ? rmaPl1Db(fcGHz, d3d, h) : rmaPl1Db(fcGHz, dBp, h) + 40 * Math.log10(d3d / dBp);
  if (los) return plLos;
  const logHbs = Math.log10(hBsM);
  const hRatio = h / hBsM;
  const t = Math.log10(11.75 * hUtM);
  const plNlosPrime =
    161.04 -
    7.1 * Math.log10(streetWidthM) +
    7.5 * Math.log10(h) -
    (24.37 - 3.7 * hRatio * hRatio) * logHbs +
    (43.42 - 3.1 * logHbs) * (Math.log10(d3d) - 3) +
    20 * Math.log10(fcGHz) -
    (3.2 * t * t - 4.97);
  return Math.max(plLos, plNlosPrime);
}

export function tr38901RmaPathLossDb(input: PathLossInput): number {
  return tr38901RmaDb(input.freqMHz / 1000, input.distanceM, input.baseHeightM, input.mobileHeightM, false);
}

export function tr38901RmaWarnings(input: PathLossInput): ModelWarning[] {
  const out: ModelWarning[] = [];
  warnIfOutside(out, '3gpp-rma', 'frequency', input.freqMHz, 500, 30000, 'MHz');
  warnIfOutside(out, '3gpp-rma', 'distance', input.distanceM, 10, 5000, 'm');
  warnIfOutside(out, '3gpp-rma', 'base-height', input.baseHeightM, 10, 150, 'm');
  warnIfOutside(out, '3gpp-rma', 'mobile-height', input.mobileHeightM, 1, 10, 'm');
  return out;
}
