import type { GridSpec } from '../coverage';
import { projectLngLat, unprojectXY } from '../coverage';
import { dbmFromLevel, thresholdLevel, type TechRaster } from '../coverage/tech-raster';
import { LEVEL_CLASSES, levelClassesFor, levelClassIndex, type LevelClass } from './coverage-palette';

export interface CoverageImage {
  width: number;
  height: number;
  /** RGBA, row-major from the north-west corner, rows evenly spaced in Web Mercator. */
  rgba: Uint8ClampedArray;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
}

const mercatorY = (latDeg: number): number => Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
const latFromMercatorY = (y: number): number => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/** For each output row (evenly spaced in Web Mercator) the grid row at its latitude, and the image bounds. */
export function mercatorRowSource(grid: GridSpec): { source: Int32Array; bounds: [number, number, number, number] } {
  const { nx, ny, cellSizeM, x0, y0 } = grid;
  const [west, north] = unprojectXY(grid, x0, y0);
  const [east, south] = unprojectXY(grid, x0 + nx * cellSizeM, y0 - ny * cellSizeM);
  const topY = mercatorY(north);
  const stepY = (topY - mercatorY(south)) / ny;
  const source = new Int32Array(ny);
  for (let outRow = 0; outRow < ny; outRow++) {
    const lat = latFromMercatorY(topY - (outRow + 0.5) * stepY);
    const [, yAtLat] = projectLngLat(grid, grid.lon0Deg, lat);
    source[outRow] = Math.min(ny - 1, Math.max(0, Math.floor((y0 - yAtLat) / cellSizeM)));
  }
  return { source, bounds: [west, south, east, north] };
}

/**
 * Colours a raster's stored levels for display. The grid's rows are equal-area parallels; the map is
 * Web Mercator, so each output row samples the grid row at the same latitude (no stretch error). `thresholdDbm` and
 * `classes` are in the raster's own measure (levelClassesFor: RxLev for 2G, RSCP for 3G, RSRP for 4G/5G).
 */
export function renderCoverageImage(
  grid: GridSpec, levels: Int16Array, thresholdDbm: number, classes: readonly LevelClass[] = LEVEL_CLASSES,
): CoverageImage {
  const { nx, ny } = grid;
  const rows = mercatorRowSource(grid);
  const rgba = new Uint8ClampedArray(nx * ny * 4);
  const colours = classes.map((c) => c.rgba);
  // The threshold as the rasters apply it (a stored level), so the image shows exactly the covered cells.
  const threshold = dbmFromLevel(thresholdLevel(thresholdDbm));
  for (let outRow = 0; outRow < ny; outRow++) {
    const srcBase = (rows.source[outRow] ?? 0) * nx;
    const outBase = outRow * nx * 4;
    for (let col = 0; col < nx; col++) {
      const cls = levelClassIndex(dbmFromLevel(levels[srcBase + col] ?? -Infinity), threshold, classes);
      if (cls < 0) continue;
      const c = colours[cls];
      if (!c) continue;
      const o = outBase + col * 4;
      rgba[o] = c[0];
      rgba[o + 1] = c[1];
      rgba[o + 2] = c[2];
      rgba[o + 3] = c[3];
    }
  }
  return { width: nx, height: ny, rgba, bounds: rows.bounds };
}

/** A raster coloured at its own threshold on its technology's classes (RxLev for 2G, RSCP for 3G, RSRP for 4G/5G). */
export function renderRasterImage(grid: GridSpec, raster: Pick<TechRaster, 'tech' | 'levels' | 'thresholdDbm'>): CoverageImage {
  return renderCoverageImage(grid, raster.levels, raster.thresholdDbm, levelClassesFor(raster.tech));
}
