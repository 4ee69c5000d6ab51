import type { GridSpec } from '../../../src/domain/grid/equal-area-grid';
import type { TerrainGrid } from '../../../src/domain/terrain/terrain-grid';

/** A terrain grid in a test projection (φ0 12°, λ0 108°), NW corner at (0, 0), filled by `height(x, y)` at cell centres. */
export function makeTerrain(nx: number, ny: number, cellSizeM: number, height: (x: number, y: number) => number): TerrainGrid {
  const grid: GridSpec = { phi0Deg: 12, lon0Deg: 108, x0: 0, y0: 0, cellSizeM, nx, ny };
  const heights = new Int16Array(nx * ny);
  for (let r = 0; r < ny; r++) {
    for (let c = 0; c < nx; c++) heights[r * nx + c] = Math.round(height((c + 0.5) * cellSizeM, -(r + 0.5) * cellSizeM));
  }
  return { grid, heights };
}

/** Centre of terrain cell (col, row) in projected metres. */
export function centre(t: TerrainGrid, col: number, row: number): { x: number; y: number } {
  return { x: t.grid.x0 + (col + 0.5) * t.grid.cellSizeM, y: t.grid.y0 - (row + 0.5) * t.grid.cellSizeM };
}

/** Gaussian hills, a NW–SE ridge and a rolling ripple over a gently tilted plain (metres; x east, y north). */
export function relief(x: number, y: number): number {
  const hills: [number, number, number, number][] = [
    [9000, -9000, 180, 1200], [19000, -12000, 140, 900], [12000, -21000, 220, 1500], [22000, -22000, 120, 700],
    [6000, -18000, 90, 600],
  ];
  let z = 200 + 0.002 * x;
  for (const [hx, hy, a, s] of hills) z += a * Math.exp(-((x - hx) ** 2 + (y - hy) ** 2) / (2 * s * s));
  // Ridge along x + y = const (NW–SE line through (17 000, −17 000)), 150 m high, 400 m wide.
  const across = (x + y - 0) / Math.SQRT2;
  z += 150 * Math.exp(-(across * across) / (2 * 400 * 400)) * (Math.abs(x - 17000) < 6000 ? 1 : 0.3);
  return z + 25 * Math.sin(x / 700) * Math.cos(y / 900) + 15 * Math.sin((x + 2 * y) / 350);
}
