/**
 * One elevation raster as read from a file, before resampling: samples in the file's own coordinate system, row 0
 * at the north. `x0, y0` is the CENTRE of sample (0, 0); sample (col, row) sits at (x0 + col·dx, y0 − row·dy).
 * An SRTM tile's samples lie on whole arc-second lines (its edges are samples); a PixelIsArea GeoTIFF's sample
 * centres are half a pixel inside its edges (read-geotiff shifts the tie point).
 */
import { NO_ELEVATION } from '../../domain/terrain/terrain-grid';
import type { BBox } from '../../domain/grid/equal-area-grid';

/** `proj4` is null for WGS84 longitude/latitude, else a proj4 definition of the CRS (metres or degrees). */
export interface DemCrs {
  epsg: number;
  proj4: string | null;
}

export interface DemTile {
  name: string;
  width: number;
  height: number;
  /** Heights in metres. Int16: NO_ELEVATION marks voids; Float32: NaN marks voids. */
  values: Int16Array | Float32Array;
  crs: DemCrs;
  x0: number;
  y0: number;
  /** Steps east and south between samples (both > 0), in the CRS's units. */
  dx: number;
  dy: number;
  /** Sample spacing on the ground in metres (about), to choose a terrain grid's cell size. */
  resolutionM: number;
}

export const WGS84: DemCrs = { epsg: 4326, proj4: null };

const M_PER_DEG = 111_320;

/** Ground spacing of a tile's samples: the smaller of the two steps, degrees taken at the tile's middle latitude. */
export function groundResolutionM(crs: DemCrs, dx: number, dy: number, midLat: number): number {
  if (crs.proj4 !== null && !crs.proj4.includes('+proj=longlat')) return Math.min(dx, dy);
  return Math.min(dx * M_PER_DEG * Math.cos((midLat * Math.PI) / 180), dy * M_PER_DEG);
}

/** Height of sample (col, row), NaN in a void. */
export function sampleAt(tile: DemTile, col: number, row: number): number {
  const v = tile.values[row * tile.width + col] ?? NaN;
  return v === NO_ELEVATION ? NaN : v;
}

/** Extent of the tile's pixels in its CRS: the sample hull grown by half a step on each side. */
export function tileExtent(tile: DemTile): BBox {
  return [
    tile.x0 - tile.dx / 2, tile.y0 - (tile.height - 0.5) * tile.dy,
    tile.x0 + (tile.width - 0.5) * tile.dx, tile.y0 + tile.dy / 2,
  ];
}
