/**
 * Reading a TerrainGrid at any projected point: bilinear between the four nearest cell centres, skipping unknown
 * cells (the known ones are re-weighted); NaN where nothing around the point is known or the point lies more than
 * half a cell outside the grid. Also the resampling of a terrain grid into another projection.
 */
import { projectLngLat, unprojectXY, type GridSpec } from '../grid/equal-area-grid';
import { NO_ELEVATION, type TerrainGrid } from './terrain-grid';

export type HeightSampler = (x: number, y: number) => number;

/** A sampler bound to `t` (projected metres of t.grid's projection in, metres out, NaN unknown). */
export function heightSampler(t: TerrainGrid): HeightSampler {
  const { x0, y0, cellSizeM, nx, ny } = t.grid;
  const h = t.heights;
  const inv = 1 / cellSizeM;
  const lastC = Math.max(0, nx - 2);
  const lastR = Math.max(0, ny - 2);
  const dc = nx > 1 ? 1 : 0;
  const dr = ny > 1 ? nx : 0;
  return (x: number, y: number): number => {
    let fc = (x - x0) * inv - 0.5;
    let fr = (y0 - y) * inv - 0.5;
    if (!(fc >= -0.5 && fr >= -0.5 && fc <= nx - 0.5 && fr <= ny - 0.5)) return Number.NaN;
    fc = fc < 0 ? 0 : fc > nx - 1 ? nx - 1 : fc;
    fr = fr < 0 ? 0 : fr > ny - 1 ? ny - 1 : fr;
    // Top-left of the 2×2 block (fc, fr ≥ 0, so | 0 floors); the last row/column pairs with itself.
    let c = fc | 0;
    let r = fr | 0;
    if (c > lastC) c = lastC;
    if (r > lastR) r = lastR;
    const tx = fc - c;
    const ty = fr - r;
    const i = r * nx + c;
    const a = h[i] as number;
    const b = h[i + dc] as number;
    const d = h[i + dr] as number;
    const e = h[i + dr + dc] as number;
    if (a !== NO_ELEVATION && b !== NO_ELEVATION && d !== NO_ELEVATION && e !== NO_ELEVATION) {
      const top = a + (b - a) * tx;
      return top + (d + (e - d) * tx - top) * ty;
    }
    let sum = 0;
    let weight = 0;
    const wa = (1 - tx) * (1 - ty);
    const wb = tx * (1 - ty);
    const wd = (1 - tx) * ty;
    const we = tx * ty;
    if (a !== NO_ELEVATION) { sum += a * wa; weight += wa; }
    if (b !== NO_ELEVATION) { sum += b * wb; weight += wb; }
    if (d !== NO_ELEVATION) { sum += d * wd; weight += wd; }
    if (e !== NO_ELEVATION) { sum += e * we; weight += we; }
    return weight > 1e-9 ? sum / weight : Number.NaN;
  };
}

/**
 * `t` resampled (bilinear) onto a grid of the same cell size in the projection with standard parallel `phi0Deg` and
 * central meridian `lon0Deg`, covering the whole of t's extent. Returns `t` itself when the projection already matches.
 */
export function reprojectTerrain(t: TerrainGrid, phi0Deg: number, lon0Deg: number): TerrainGrid {
  const src = t.grid;
  if (src.phi0Deg === phi0Deg && src.lon0Deg === lon0Deg) return t;
  const target: GridSpec = { phi0Deg, lon0Deg, x0: 0, y0: 0, cellSizeM: src.cellSizeM, nx: 1, ny: 1 };
  // Extent: the source border, traced every few cells, in the target projection.
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
  const steps = 64;
  for (let i = 0; i <= steps; i++) {
    const fx = src.x0 + (src.nx * src.cellSizeM * i) / steps;
    const fy = src.y0 - (src.ny * src.cellSizeM * i) / steps;
    const border: [number, number][] = [
      [fx, src.y0], [fx, src.y0 - src.ny * src.cellSizeM], [src.x0, fy], [src.x0 + src.nx * src.cellSizeM, fy],
    ];
    for (const [bx, by] of border) {
      const [lon, lat] = unprojectXY(src, bx, by);
      const [x, y] = projectLngLat(target, lon, lat);
      xMin = Math.min(xMin, x); xMax = Math.max(xMax, x); yMin = Math.min(yMin, y); yMax = Math.max(yMax, y);
    }
  }
  const grid: GridSpec = {
    ...target,
    x0: xMin,
    y0: yMax,
    nx: Math.max(1, Math.ceil((xMax - xMin) / src.cellSizeM)),
    ny: Math.max(1, Math.ceil((yMax - yMin) / src.cellSizeM)),
  };
  const sample = heightSampler(t);
  const heights = new Int16Array(grid.nx * grid.ny);
  for (let row = 0; row < grid.ny; row++) {
    const y = grid.y0 - (row + 0.5) * grid.cellSizeM;
    for (let col = 0; col < grid.nx; col++) {
      const [lon, lat] = unprojectXY(grid, grid.x0 + (col + 0.5) * grid.cellSizeM, y);
      const [sx, sy] = projectLngLat(src, lon, lat);
      const z = sample(sx, sy);
      heights[row * grid.nx + col] = Number.isNaN(z) ? NO_ELEVATION : Math.max(-32767, Math.min(32767, Math.round(z)));
    }
  }
  return { grid, heights };
}
