/**
 * Free-space path loss (Friis transmission equation, ITU-R P.525):
 *   L = 20·log10(4π·d·f / c)  =  20·log10(d_km) + 20·log10(f_MHz) + 32.45 dB.
 * Valid for any frequency and distance in the far field with an unobstructed first Fresnel zone; it is a
 * lower bound for every other model here. The straight-line (3D) distance between the antennas is used.
 * Warnings: distance below ~10 wavelengths (near field) only.
 */
import type { ModelWarning } from './model-warning';
import type { PathLossInput } from './path-loss-input';

const SPEED_OF_LIGHT_M_S = 299_792_458;
/** 20·log10(4π/c) + 20·log10(1e6) for d in metres and f in MHz. */
const FSPL_CONSTANT_DB = 20 * Math.log10((4 * Math.PI * 1e6) / SPEED_OF_LIGHT_M_S);

/** Free-space loss for a straight-line distance in metres and frequency in MHz. */
export function freeSpaceDb(freqMHz: number, distance3dM: number): number {
  return 20 * Math.log10(distance3dM) + 20 * Math.log10(freqMHz) + FSPL_CONSTANT_DB;
}

export function freeSpacePathLossDb(input: PathLossInput): number {
  const dh = input.baseHeightM - input.mobileHeightM;
  const d3d = Math.sqrt(input.distanceM * input.distanceM + dh * dh);
  return freeSpaceDb(input.freqMHz, Math.max(d3d, 1e-3));
}

export function freeSpaceWarnings(input: PathLossInput): ModelWarning[] {
  const nearFieldM = (10 * SPEED_OF_LIGHT_M_S) / (input.freqMHz * 1e6);
  if (input.distanceM >= nearFieldM) return [];
  return [{ code: 'model-range', model: 'free-space', kind: 'near-field', distanceM: input.distanceM, nearFieldM: Number(nearFieldM.toFixed(2)) }];
}
