import { encode } from 'fast-png';
import type { BBox, GridSpec } from '../../domain/grid/equal-area-grid';
import { gridPlacement, gridPrjWkt, webMercatorPlacement, WEB_MERCATOR_PRJ, worldFileText } from './world-file';

/** Row-major RGBA, 8 bits per channel, row 0 at the north. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8Array | Uint8ClampedArray;
}

/** What a GIS needs to place the PNG: the image, its world file (.pgw) and its CRS (.prj). */
export interface GeoreferencedPng {
  png: Uint8Array;
  worldFile: string;
  prj: string;
}

export function encodeRgbaPng(image: RgbaImage): Uint8Array {
  const { width, height, rgba } = image;
  if (!(width > 0 && height > 0 && Number.isInteger(width) && Number.isInteger(height))) throw new RangeError(`image size ${width}×${height} is not a positive whole number of pixels`);
  if (rgba.length !== width * height * 4) throw new RangeError(`RGBA buffer holds ${rgba.length} bytes; ${width}×${height} needs ${width * height * 4}`);
  return encode({ width, height, data: rgba, channels: 4, depth: 8 });
}

/** A coverage raster painted one pixel per grid cell (width nx, height ny), placed in the grid's equal-area CRS. */
export function gridRasterPng(grid: GridSpec, rgba: Uint8Array | Uint8ClampedArray): GeoreferencedPng {
  return {
    png: encodeRgbaPng({ width: grid.nx, height: grid.ny, rgba }),
    worldFile: worldFileText(gridPlacement(grid)),
    prj: gridPrjWkt(grid),
  };
}

/** An image already resampled to Web Mercator covering `bbox` (lon/lat), placed in EPSG:3857. */
export function webMercatorRasterPng(bbox: BBox, image: RgbaImage): GeoreferencedPng {
  return {
    png: encodeRgbaPng(image),
    worldFile: worldFileText(webMercatorPlacement(bbox, image.width, image.height)),
    prj: WEB_MERCATOR_PRJ,
  };
}
