import type { BBox, GridSpec } from '../../domain/grid/equal-area-grid';
import { EARTH_RADIUS_M } from '../../domain/grid/equal-area-grid';

/** North-up raster placement in its CRS: the outer corner of the top-left pixel and the pixel size. */
export interface RasterPlacement {
  west: number;
  north: number;
  pixelWidth: number;
  pixelHeight: number;
}

/**
 * ESRI world file (.pgw for a PNG): six lines A, D, B, E, C, F, where C/F locate the CENTRE of the top-left pixel,
 * E is negative because rows run south, and D/B (rotation) are 0.
 */
export function worldFileText(p: RasterPlacement): string {
  const lines = [p.pixelWidth, 0, 0, -p.pixelHeight, p.west + p.pixelWidth / 2, p.north - p.pixelHeight / 2];
  return `${lines.map((n) => String(n)).join('\n')}\n`;
}

/** The coverage grid as a raster: one pixel per cell, in the grid's own equal-area metres. */
export function gridPlacement(grid: GridSpec): RasterPlacement {
  return { west: grid.x0, north: grid.y0, pixelWidth: grid.cellSizeM, pixelHeight: grid.cellSizeM };
}

/** The grid's Lambert cylindrical equal-area projection on its sphere, as ESRI WKT for the raster's .prj. */
export function gridPrjWkt(grid: GridSpec): string {
  return 'PROJCS["PhuSong_coverage_grid",GEOGCS["GCS_Sphere",DATUM["D_Sphere",'
    + `SPHEROID["Sphere",${EARTH_RADIUS_M},0.0]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],`
    + 'PROJECTION["Cylindrical_Equal_Area"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],'
    + `PARAMETER["Central_Meridian",${grid.lon0Deg}],PARAMETER["Standard_Parallel_1",${grid.phi0Deg}],UNIT["Meter",1.0]]`;
}

/** Same CRS for tools that take proj4 strings. */
export function gridProj4(grid: GridSpec): string {
  return `+proj=cea +lon_0=${grid.lon0Deg} +lat_ts=${grid.phi0Deg} +x_0=0 +y_0=0 +R=${EARTH_RADIUS_M} +units=m +no_defs`;
}

const WEB_MERCATOR_R = 6378137;
const RAD = Math.PI / 180;

/** EPSG:3857 metres of a lon/lat. */
export function toWebMercator(lon: number, lat: number): [x: number, y: number] {
  return [WEB_MERCATOR_R * lon * RAD, WEB_MERCATOR_R * Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))];
}

/** A width × height image whose edges are the Web Mercator projection of a lon/lat bbox (a map canvas snapshot). */
export function webMercatorPlacement(bbox: BBox, width: number, height: number): RasterPlacement {
  const [w, s, e, n] = bbox;
  const [x0, y0] = toWebMercator(w, n);
  const [x1, y1] = toWebMercator(e, s);
  return { west: x0, north: y0, pixelWidth: (x1 - x0) / width, pixelHeight: (y0 - y1) / height };
}

export const WEB_MERCATOR_PRJ = 'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",'
  + 'SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],'
  + 'PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],'
  + 'PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';
