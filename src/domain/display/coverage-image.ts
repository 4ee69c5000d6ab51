import type { GridSpec } from '../coverage';
import type { CellWindow } from '../coverage/footprint-painter';
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
  /** Which raster this image shows and which version of it (absent: a one-off image); see image-patch.ts. */
  version?: ImageVersion;
}

/** A version of the image of one raster: `source` names the raster, `seq` counts its versions. */
export interface ImageVersion {
  source: number;
  seq: number;
  /** The pixels each of the last few versions changed, oldest first, so a display uploads only those. */
  recent: readonly (PixelRect & { seq: number })[];
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
  colourRows(rows.source, nx, levels, thresholdDbm, classes, { x: 0, y: 0, width: nx, height: ny }, rgba);
  return { width: nx, height: ny, rgba, bounds: rows.bounds };
}

/** A rectangle of an image in pixels, from its north-west corner. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Colours the pixels of `rect` into `out`, a buffer `rect.width` pixels wide. */
function colourRows(
  source: Int32Array, nx: number, levels: Int16Array, thresholdDbm: number, classes: readonly LevelClass[], rect: PixelRect, out: Uint8ClampedArray,
): void {
  const colours = classes.map((c) => c.rgba);
  // The threshold as the rasters apply it (a stored level), so the image shows exactly the covered cells.
  const threshold = dbmFromLevel(thresholdLevel(thresholdDbm));
  for (let k = 0; k < rect.height; k++) {
    const srcBase = (source[rect.y + k] ?? 0) * nx;
    const outBase = k * rect.width * 4;
    for (let i = 0; i < rect.width; i++) {
      const cls = levelClassIndex(dbmFromLevel(levels[srcBase + rect.x + i] ?? -Infinity), threshold, classes);
      if (cls < 0) continue;
      const c = colours[cls];
      if (!c) continue;
      const o = outBase + i * 4;
      out[o] = c[0];
      out[o + 1] = c[1];
      out[o + 2] = c[2];
      out[o + 3] = c[3];
    }
  }
}

/**
 * The pixels of a raster's image that show the cells of `window`, coloured as renderRasterImage colours them: the
 * output rows whose sampled grid row lies in the window (rows map monotonically, north to south). Null when no
 * pixel shows a cell of the window.
 */
export function renderRasterWindow(
  grid: GridSpec, raster: Pick<TechRaster, 'tech' | 'levels' | 'thresholdDbm'>, window: CellWindow,
): { rect: PixelRect; rgba: Uint8ClampedArray } | null {
  const { source } = mercatorRowSource(grid);
  const col0 = Math.max(0, window.col0);
  const col1 = Math.min(grid.nx, window.col1);
  let y0 = -1;
  let y1 = -1;
  for (let r = 0; r < source.length; r++) {
    const src = source[r] ?? -1;
    if (src < window.row0 || src >= window.row1) continue;
    if (y0 < 0) y0 = r;
    y1 = r + 1;
  }
  if (y0 < 0 || col1 <= col0) return null;
  const rect = { x: col0, y: y0, width: col1 - col0, height: y1 - y0 };
  const rgba = new Uint8ClampedArray(rect.width * rect.height * 4);
  colourRows(source, grid.nx, raster.levels, raster.thresholdDbm, levelClassesFor(raster.tech), rect, rgba);
  return { rect, rgba };
}

/** A raster coloured at its own threshold on its technology's classes (RxLev for 2G, RSCP for 3G, RSRP for 4G/5G). */
export function renderRasterImage(grid: GridSpec, raster: Pick<TechRaster, 'tech' | 'levels' | 'thresholdDbm'>): CoverageImage {
  return renderCoverageImage(grid, raster.levels, raster.thresholdDbm, levelClassesFor(raster.tech));
}
