/**
 * Sector antenna gain relative to boresight, 3GPP TR 36.814 Table A.2.1.1-2 / TR 38.901 Table 7.3-1:
 *   A_H(φ) = −min(12·(φ/φ3dB)², A_m),            A_m = 30 dB
 *   A_V(θ) = −min(12·((θ − θtilt)/θ3dB)², SLA_v), SLA_v = 30 dB, θ3dB = 10° by default
 *   A(φ, θ) = −min(−(A_H + A_V), A_m)
 * Angles here are elevation below the horizon and downtilt positive down, so θ − θtilt is the vertical
 * offset from the electrical boresight (38.901 writes the same with zenith angles, θ'' − 90°).
 * All results are ≤ 0 dB; the antenna's boresight gain lives in the link budget.
 */
import type { Sector } from '../model/types';

export const MAX_ATTENUATION_DB = 30;
export const SIDE_LOBE_LEVEL_VERTICAL_DB = 30;
export const DEFAULT_VERTICAL_BEAMWIDTH_DEG = 10;

/** Wraps an angle into (−180, 180]. */
export function wrapAngleDeg(deg: number): number {
  const r = ((((deg + 180) % 360) + 360) % 360) - 180;
  return r === -180 ? 180 : r;
}

/** Horizontal pattern; a beamwidth of 360° or more (or a non-positive one) is treated as omnidirectional. */
export function horizontalPatternDb(offsetDeg: number, beamwidthDeg: number): number {
  if (!(beamwidthDeg > 0) || beamwidthDeg >= 360) return 0;
  const x = wrapAngleDeg(offsetDeg) / beamwidthDeg;
  return -Math.min(12 * x * x, MAX_ATTENUATION_DB);
}

export function verticalPatternDb(
  elevationBelowHorizonDeg: number,
  downtiltDeg: number,
  verticalBeamwidthDeg: number = DEFAULT_VERTICAL_BEAMWIDTH_DEG,
): number {
  if (!(verticalBeamwidthDeg > 0)) return 0;
  const x = (elevationBelowHorizonDeg - downtiltDeg) / verticalBeamwidthDeg;
  return -Math.min(12 * x * x, SIDE_LOBE_LEVEL_VERTICAL_DB);
}

/** Combined 3D pattern of a sector; an omni sector (azimuthDeg null) only has the vertical part. */
export function sectorPatternDb(sector: Sector, bearingFromSiteDeg: number, elevationBelowHorizonDeg: number): number {
  const vertical = verticalPatternDb(elevationBelowHorizonDeg, sector.downtiltDeg);
  const horizontal =
    sector.azimuthDeg === null ? 0 : horizontalPatternDb(bearingFromSiteDeg - sector.azimuthDeg, sector.beamwidthDeg);
  return -Math.min(-(horizontal + vertical), MAX_ATTENUATION_DB);
}
