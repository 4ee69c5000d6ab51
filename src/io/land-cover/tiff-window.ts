/**
 * The part of a raster a planning area needs, and how finely to read it: a land-cover tile (a WorldCover tile is
 * 3° × 3° at 10 m, 1.3 billion pixels) is read only over the area, and no finer than a quarter of a grid cell, so a
 * province at 100 m cells reads about 16 pixels a cell whatever the file holds.
 */
import proj4 from 'proj4';
import type { BBox } from '../../domain/grid/equal-area-grid';
import type { DemCrs } from '../dem/dem-tile';

/** Pixel columns [col0, col1) and rows [row0, row1) of a raster. */
export interface PixelWindow { col0: number; row0: number; col1: number; row1: number }

/** A raster's placement: the centre of pixel (0, 0) and the steps east and south, in its CRS. */
export interface RasterPlace { x0: number; y0: number; dx: number; dy: number; width: number; height: number }

const EDGE_POINTS = 16;
const MARGIN_PX = 2;

/** The area's extent in the CRS: its edges sampled (a projected box is not a box in lon/lat). */
function extentIn(area: BBox, crs: DemCrs): BBox {
  const [w, s, e, n] = area;
  if (crs.proj4 === null) return [w, s, e, n];
  const to = proj4('WGS84', crs.proj4);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i <= EDGE_POINTS; i++) {
    const t = i / EDGE_POINTS;
    for (const [lon, lat] of [[w + (e - w) * t, s], [w + (e - w) * t, n], [w, s + (n - s) * t], [e, s + (n - s) * t]] as const) {
      const [x = NaN, y = NaN] = to.forward([lon, lat]);
      xs.push(x);
      ys.push(y);
    }
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The pixels over the area (a margin of two pixels), or null when the raster does not reach it. */
export function areaWindow(area: BBox, crs: DemCrs, p: RasterPlace): PixelWindow | null {
  const [minX, minY, maxX, maxY] = extentIn(area, crs);
  const col0 = Math.max(0, Math.floor((minX - p.x0) / p.dx) - MARGIN_PX);
  const col1 = Math.min(p.width, Math.ceil((maxX - p.x0) / p.dx) + MARGIN_PX + 1);
  const row0 = Math.max(0, Math.floor((p.y0 - maxY) / p.dy) - MARGIN_PX);
  const row1 = Math.min(p.height, Math.ceil((p.y0 - minY) / p.dy) + MARGIN_PX + 1);
  return col1 > col0 && row1 > row0 && Number.isFinite(col0 + col1 + row0 + row1) ? { col0, row0, col1, row1 } : null;
}

/**
 * The size to read the window at: its own, or shrunk by one factor on both axes until a pixel is a quarter of a
 * cell (`pixelM`: the finer of the raster's two steps on the ground).
 */
export function readSize(w: PixelWindow, pixelM: number, cellM: number): { width: number; height: number } {
  const factor = Math.max(1, cellM / 4 / pixelM);
  return { width: Math.max(1, Math.round((w.col1 - w.col0) / factor)), height: Math.max(1, Math.round((w.row1 - w.row0) / factor)) };
}

/** The placement of the window read at `size`: its pixel (0, 0)'s centre and its steps. */
export function windowPlace(p: RasterPlace, w: PixelWindow, size: { width: number; height: number }): RasterPlace {
  const dx = (p.dx * (w.col1 - w.col0)) / size.width;
  const dy = (p.dy * (w.row1 - w.row0)) / size.height;
  return {
    x0: p.x0 - p.dx / 2 + w.col0 * p.dx + dx / 2,
    y0: p.y0 + p.dy / 2 - w.row0 * p.dy - dy / 2,
    dx, dy, width: size.width, height: size.height,
  };
}
