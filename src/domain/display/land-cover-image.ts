/**
 * The land-cover classes as a map image on the coverage images' Web Mercator rows, each class in its colour,
 * unknown cells transparent. A grid with a side over `maxSide` is sampled every k-th cell (nearest, no blending of
 * classes).
 */
import type { LandCoverGrid } from '../model/land-cover';
import { mercatorRowSource, type CoverageImage } from './coverage-image';
import { LAND_COVER_CODE_COLOURS } from './land-cover-palette';

const ALPHA = 190;

export function landCoverImage(cover: LandCoverGrid, maxSide = 2048): CoverageImage {
  const { nx, ny } = cover.grid;
  const k = Math.max(1, Math.ceil(Math.max(nx, ny) / maxSide));
  const width = Math.ceil(nx / k);
  const height = Math.ceil(ny / k);
  const rows = mercatorRowSource(cover.grid);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let outRow = 0; outRow < height; outRow++) {
    const srcRow = rows.source[Math.min(ny - 1, Math.floor((outRow + 0.5) * k))] ?? 0;
    for (let outCol = 0; outCol < width; outCol++) {
      const col = Math.min(nx - 1, Math.floor((outCol + 0.5) * k));
      const colour = LAND_COVER_CODE_COLOURS[cover.classes[srcRow * nx + col] ?? 0];
      if (!colour) continue;
      const o = (outRow * width + outCol) * 4;
      rgba[o] = colour[0];
      rgba[o + 1] = colour[1];
      rgba[o + 2] = colour[2];
      rgba[o + 3] = ALPHA;
    }
  }
  return { width, height, rgba, bounds: rows.bounds };
}
