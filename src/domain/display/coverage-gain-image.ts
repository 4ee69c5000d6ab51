/**
 * Where scenario B covers and A does not (gained) and the reverse (lost), coloured on the same Web Mercator rows
 * as the level image so the two overlay exactly.
 */
import type { GridSpec } from '../coverage';
import { thresholdLevel } from '../coverage/tech-raster';
import { mercatorRowSource, type CoverageImage } from './coverage-image';

export const GAIN_RGBA: readonly [number, number, number, number] = [0, 160, 60, 220];
export const LOSS_RGBA: readonly [number, number, number, number] = [210, 30, 30, 220];
const SAME_RGBA: readonly [number, number, number, number] = [120, 120, 120, 50];

export interface GainCounts {
  gainedCells: number;
  lostCells: number;
}

export function renderGainImage(
  grid: GridSpec, levelsA: Int16Array, levelsB: Int16Array, thresholdDbm: number,
): CoverageImage & GainCounts {
  const { nx, ny } = grid;
  const rows = mercatorRowSource(grid);
  const rgba = new Uint8ClampedArray(nx * ny * 4);
  const threshold = thresholdLevel(thresholdDbm);
  let gainedCells = 0;
  let lostCells = 0;
  for (let i = 0; i < nx * ny; i++) {
    const a = (levelsA[i] ?? -Infinity) >= threshold;
    const b = (levelsB[i] ?? -Infinity) >= threshold;
    if (b && !a) gainedCells++;
    else if (a && !b) lostCells++;
  }
  for (let outRow = 0; outRow < ny; outRow++) {
    const srcBase = (rows.source[outRow] ?? 0) * nx;
    const outBase = outRow * nx * 4;
    for (let col = 0; col < nx; col++) {
      const a = (levelsA[srcBase + col] ?? -Infinity) >= threshold;
      const b = (levelsB[srcBase + col] ?? -Infinity) >= threshold;
      const c = b && !a ? GAIN_RGBA : a && !b ? LOSS_RGBA : a ? SAME_RGBA : null;
      if (!c) continue;
      rgba.set(c, outBase + col * 4);
    }
  }
  return { width: nx, height: ny, rgba, bounds: rows.bounds, gainedCells, lostCells };
}
