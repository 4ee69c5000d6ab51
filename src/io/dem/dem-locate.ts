/**
 * Where a terrain grid's cell centres fall in a tile's coordinate system, a row at a time. Longitude/latitude
 * tiles are exact and cheap (a cell's longitude depends only on its column, its latitude only on its row).
 * Projected tiles go through proj4 only on a mesh about MESH_SPACING_M apart (a whole number of cells),
 * interpolated bilinearly between: the error grows with the square of the spacing, about 2 mm at 500 m for a
 * UTM/TM mapping (10 m at 32 km), and a 7-million-cell grid of 25 m needs ~18 000 proj4 calls instead of 7 million.
 */
import proj4 from 'proj4';
import { unprojectXY, type BBox, type GridSpec } from '../../domain/grid/equal-area-grid';
import { tileExtent, type DemCrs, type DemTile } from './dem-tile';

export const MESH_SPACING_M = 500;

/** Fills `tx`, `ty` (length nx) with the tile-CRS coordinates of row `row`'s cell centres. */
export type RowLocator = (row: number, tx: Float64Array, ty: Float64Array) => void;

function geographicLocator(grid: GridSpec): RowLocator {
  const lon = new Float64Array(grid.nx);
  for (let c = 0; c < grid.nx; c++) lon[c] = unprojectXY(grid, grid.x0 + (c + 0.5) * grid.cellSizeM, 0)[0];
  return (row, tx, ty) => {
    const lat = unprojectXY(grid, 0, grid.y0 - (row + 0.5) * grid.cellSizeM)[1];
    tx.set(lon);
    ty.fill(lat);
  };
}

/** Mesh lines at 0, S, 2S, …, and the last index. */
function meshLines(n: number, step: number): Int32Array {
  const k = Math.ceil((n - 1) / step);
  const lines = new Int32Array(k + 1);
  for (let i = 0; i <= k; i++) lines[i] = Math.min(i * step, n - 1);
  return lines;
}

function projectedLocator(grid: GridSpec, def: string): RowLocator {
  const toTile = proj4('WGS84', def);
  const step = Math.max(1, Math.round(MESH_SPACING_M / grid.cellSizeM));
  const rows = meshLines(grid.ny, step);
  const cols = meshLines(grid.nx, step);
  const mw = cols.length;
  const mx = new Float64Array(rows.length * mw);
  const my = new Float64Array(rows.length * mw);
  rows.forEach((r, i) => cols.forEach((c, j) => {
    const [lon, lat] = unprojectXY(grid, grid.x0 + (c + 0.5) * grid.cellSizeM, grid.y0 - (r + 0.5) * grid.cellSizeM);
    const [x = NaN, y = NaN] = toTile.forward([lon, lat]);
    mx[i * mw + j] = x;
    my[i * mw + j] = y;
  }));
  // each column's two mesh columns and its weight between them
  const j0 = new Int32Array(grid.nx);
  const j1 = new Int32Array(grid.nx);
  const u = new Float64Array(grid.nx);
  for (let c = 0; c < grid.nx; c++) {
    const a = Math.min(Math.floor(c / step), mw - 1);
    const b = Math.min(a + 1, mw - 1);
    const ca = cols[a] ?? 0;
    const cb = cols[b] ?? 0;
    j0[c] = a;
    j1[c] = b;
    u[c] = cb > ca ? (c - ca) / (cb - ca) : 0;
  }
  const rx = new Float64Array(mw);
  const ry = new Float64Array(mw);
  return (row, tx, ty) => {
    const i0 = Math.min(Math.floor(row / step), rows.length - 1);
    const i1 = Math.min(i0 + 1, rows.length - 1);
    const r0 = rows[i0] ?? 0;
    const r1 = rows[i1] ?? 0;
    const t = r1 > r0 ? (row - r0) / (r1 - r0) : 0;
    for (let j = 0; j < mw; j++) {
      rx[j] = (mx[i0 * mw + j] ?? NaN) * (1 - t) + (mx[i1 * mw + j] ?? NaN) * t;
      ry[j] = (my[i0 * mw + j] ?? NaN) * (1 - t) + (my[i1 * mw + j] ?? NaN) * t;
    }
    for (let c = 0; c < grid.nx; c++) {
      const a = j0[c] ?? 0;
      const b = j1[c] ?? 0;
      const w = u[c] ?? 0;
      tx[c] = (rx[a] ?? NaN) * (1 - w) + (rx[b] ?? NaN) * w;
      ty[c] = (ry[a] ?? NaN) * (1 - w) + (ry[b] ?? NaN) * w;
    }
  };
}

/** Where the grid's cell centres fall in `crs`, a row at a time. */
export function locatorFor(crs: DemCrs, grid: GridSpec): RowLocator {
  return crs.proj4 === null ? geographicLocator(grid) : projectedLocator(grid, crs.proj4);
}

/** One locator per distinct CRS of the tiles (several UTM tiles of one zone share a mesh). */
export function locatorsFor(tiles: readonly DemTile[], grid: GridSpec): RowLocator[] {
  const byCrs = new Map<string, RowLocator>();
  return tiles.map((tile) => {
    const key = tile.crs.proj4 ?? '';
    let loc = byCrs.get(key);
    if (!loc) {
      loc = locatorFor(tile.crs, grid);
      byCrs.set(key, loc);
    }
    return loc;
  });
}

/** A tile's extent in WGS84 longitude/latitude (corners and edge midpoints of a projected extent). */
export function tileLngLatBounds(tile: DemTile): BBox {
  const [w, s, e, n] = tileExtent(tile);
  if (tile.crs.proj4 === null) return [w, s, e, n];
  const back = toWgs84(tile.crs);
  const pts = [[w, s], [e, s], [w, n], [e, n], [(w + e) / 2, s], [(w + e) / 2, n], [w, (s + n) / 2], [e, (s + n) / 2]]
    .map(([x = 0, y = 0]) => back.forward([x, y]));
  const lons = pts.map((p) => p[0] ?? NaN);
  const lats = pts.map((p) => p[1] ?? NaN);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

function toWgs84(crs: DemCrs): proj4.Converter {
  return proj4(crs.proj4 ?? 'WGS84', 'WGS84');
}
