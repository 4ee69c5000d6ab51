/**
 * Lambert cylindrical equal-area projection on a sphere, true scale along the standard parallel φ0:
 *   x = R·cos φ0·(λ − λ0),   y = R·sin φ / cos φ0.
 * Every grid cell therefore has the same ground area, cellSizeM². The sphere uses the IUGG mean radius;
 * over a province-sized area the scale error away from φ0 stays well under 1%.
 */
export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Rows are parallels, columns meridians; cell (row, col) has index row·nx + col, row 0 at the north. */
export interface GridSpec {
  phi0Deg: number;
  lon0Deg: number;
  /** Projected metres of the NORTH-WEST corner. */
  x0: number;
  y0: number;
  cellSizeM: number;
  nx: number;
  ny: number;
}

export type BBox = [west: number, south: number, east: number, north: number];

export function projectLngLat(g: GridSpec, lon: number, lat: number): [x: number, y: number] {
  const c = Math.cos(g.phi0Deg * RAD);
  return [EARTH_RADIUS_M * c * (lon - g.lon0Deg) * RAD, (EARTH_RADIUS_M * Math.sin(lat * RAD)) / c];
}

export function unprojectXY(g: GridSpec, x: number, y: number): [lon: number, lat: number] {
  const c = Math.cos(g.phi0Deg * RAD);
  const s = Math.max(-1, Math.min(1, (y * c) / EARTH_RADIUS_M));
  return [g.lon0Deg + x / (EARTH_RADIUS_M * c) / RAD, Math.asin(s) / RAD];
}

/** Grid covering `bbox` grown by `marginM`, standard parallel and central meridian at its centre. */
export function createGrid(bbox: BBox, cellSizeM: number, marginM = 0): GridSpec {
  const [w, s, e, n] = bbox;
  const base = { phi0Deg: (s + n) / 2, lon0Deg: (w + e) / 2, x0: 0, y0: 0, cellSizeM, nx: 1, ny: 1 };
  const [xw, yn] = projectLngLat(base, w, n);
  const [xe, ys] = projectLngLat(base, e, s);
  const x0 = xw - marginM;
  const y0 = yn + marginM;
  const nx = Math.max(1, Math.ceil((xe + marginM - x0) / cellSizeM));
  const ny = Math.max(1, Math.ceil((y0 - (ys - marginM)) / cellSizeM));
  return { ...base, x0, y0, nx, ny };
}

/** Fractional column/row of a projected point (cell (c, r) spans [c, c+1) × [r, r+1)). */
export function gridFraction(g: GridSpec, x: number, y: number): [col: number, row: number] {
  return [(x - g.x0) / g.cellSizeM, (g.y0 - y) / g.cellSizeM];
}

/** Cell index containing a lon/lat, or −1 outside the grid. */
export function cellIndexAt(g: GridSpec, lon: number, lat: number): number {
  const [x, y] = projectLngLat(g, lon, lat);
  const [fc, fr] = gridFraction(g, x, y);
  const col = Math.floor(fc);
  const row = Math.floor(fr);
  if (col < 0 || row < 0 || col >= g.nx || row >= g.ny) return -1;
  return row * g.nx + col;
}

/** Projected centre of a cell. */
export function cellCentreXY(g: GridSpec, index: number): [x: number, y: number] {
  const row = Math.floor(index / g.nx);
  const col = index - row * g.nx;
  return [g.x0 + (col + 0.5) * g.cellSizeM, g.y0 - (row + 0.5) * g.cellSizeM];
}

export function cellAreaKm2(g: GridSpec): number {
  return (g.cellSizeM * g.cellSizeM) / 1e6;
}
