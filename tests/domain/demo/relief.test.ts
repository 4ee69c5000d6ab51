import { describe, expect, it } from 'vitest';
import { areaBBox } from '../../../src/domain/coverage/area-bbox';
import { generateDemoDataset } from '../../../src/domain/demo';
import { DEMO_RELIEF_CELL_M, demoRelief, demoReliefGrid, demoShadowedVillages } from '../../../src/domain/demo/relief';
import { createGrid, gridFraction, projectLngLat, type GridSpec } from '../../../src/domain/grid/equal-area-grid';
import { NO_ELEVATION, type TerrainGrid } from '../../../src/domain/terrain/terrain-grid';

const dataset = generateDemoDataset();
const area = areaBBox(dataset);
const coverageGrid = createGrid(area.bbox, 100, area.marginM);
const grid = demoReliefGrid(coverageGrid);
const t0 = performance.now();
const relief = demoRelief(dataset, grid);
const ms = performance.now() - t0;
console.log(`demo relief ${grid.nx} × ${grid.ny} at ${grid.cellSizeM} m generated in ${ms.toFixed(0)} ms`);

/** Bilinear height at a lon/lat from cell centres. */
function heightAt(t: TerrainGrid, lon: number, lat: number): number {
  const [x, y] = projectLngLat(t.grid, lon, lat);
  return heightAtXY(t, x, y);
}

function heightAtXY(t: TerrainGrid, x: number, y: number): number {
  const { nx, ny } = t.grid;
  const [fc, fr] = gridFraction(t.grid, x, y);
  const c = Math.max(0, Math.min(nx - 1.001, fc - 0.5));
  const r = Math.max(0, Math.min(ny - 1.001, fr - 0.5));
  const c0 = Math.floor(c);
  const r0 = Math.floor(r);
  const u = c - c0;
  const v = r - r0;
  const h = (rr: number, cc: number): number => t.heights[rr * nx + cc] ?? NaN;
  const top = h(r0, c0) + (h(r0, c0 + 1) - h(r0, c0)) * u;
  const bottom = h(r0 + 1, c0) + (h(r0 + 1, c0 + 1) - h(r0 + 1, c0)) * u;
  return top + (bottom - top) * v;
}

const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

describe('demoReliefGrid', () => {
  it('keeps the coverage grid’s projection and corner, at 50 m over the same area, under 25 MB of Int16', () => {
    expect(grid.cellSizeM).toBe(DEMO_RELIEF_CELL_M);
    for (const k of ['phi0Deg', 'lon0Deg', 'x0', 'y0'] as const) expect(grid[k]).toBe(coverageGrid[k]);
    expect(grid.nx * grid.cellSizeM).toBeGreaterThanOrEqual(coverageGrid.nx * coverageGrid.cellSizeM);
    expect(grid.nx * grid.cellSizeM).toBeLessThan(coverageGrid.nx * coverageGrid.cellSizeM + grid.cellSizeM);
    expect(grid.ny * grid.cellSizeM).toBeGreaterThanOrEqual(coverageGrid.ny * coverageGrid.cellSizeM);
    expect(grid.nx * grid.ny * 2).toBeLessThan(25e6);
  });
});

describe('demoRelief', () => {
  it('is deterministic for a seed, varies with it, and is the same ground on any grid', () => {
    const coarse: GridSpec = demoReliefGrid(coverageGrid, 500);
    const a = demoRelief(dataset, coarse);
    expect(Array.from(demoRelief(dataset, coarse).heights)).toEqual(Array.from(a.heights));
    expect(Array.from(demoRelief(dataset, coarse, 7).heights)).not.toEqual(Array.from(a.heights));
    // The 500 m grid samples the same ground as the 50 m one (cell centres coincide every 10 cells, offset 4.5).
    let worst = 0;
    for (let r = 0; r < coarse.ny; r += 7) {
      for (let c = 0; c < coarse.nx; c += 7) {
        const fine = relief.heights[(r * 10 + 5) * grid.nx + c * 10 + 5] ?? NaN;
        worst = Math.max(worst, Math.abs((a.heights[r * coarse.nx + c] ?? NaN) - fine));
      }
    }
    expect(worst).toBeLessThan(60);
  });

  it('has every cell known, in Int16 metres, with no cell-to-cell jump over 80 m', () => {
    const { nx, ny } = grid;
    expect(relief.heights).toBeInstanceOf(Int16Array);
    expect(relief.heights.length).toBe(nx * ny);
    let jump = 0;
    let voids = 0;
    for (let r = 0; r < ny; r++) {
      for (let c = 0; c < nx; c++) {
        const h = relief.heights[r * nx + c] ?? NaN;
        if (h === NO_ELEVATION) voids++;
        if (c + 1 < nx) jump = Math.max(jump, Math.abs(h - (relief.heights[r * nx + c + 1] ?? NaN)));
        if (r + 1 < ny) jump = Math.max(jump, Math.abs(h - (relief.heights[(r + 1) * nx + c] ?? NaN)));
      }
    }
    expect(voids).toBe(0);
    expect(jump).toBeLessThanOrEqual(80);
  });

  it('has river valleys near 300 m, a plateau of 500–900 m and eastern highlands peaking at 1,700–2,000 m', () => {
    expect(relief.rivers.length).toBeGreaterThanOrEqual(3);
    const [w, s, e, n] = area.bbox;
    const inside = (p: readonly [number, number]): boolean => p[0] > w && p[0] < e && p[1] > s && p[1] < n;
    const riverHeights = relief.rivers.flatMap((rv) => rv.line.filter(inside).map((p) => heightAt(relief, p[0], p[1])));
    expect(riverHeights.length).toBeGreaterThan(50);
    expect(median(riverHeights)).toBeGreaterThan(260);
    expect(median(riverHeights)).toBeLessThan(360);
    expect(Math.max(...riverHeights)).toBeLessThan(520);

    // The western part (away from the highlands): a plateau.
    const west: number[] = [];
    for (let r = 0; r < grid.ny; r += 5) for (let c = 0; c < grid.nx * 0.5; c += 5) west.push(relief.heights[r * grid.nx + c] ?? NaN);
    expect(median(west)).toBeGreaterThanOrEqual(500);
    expect(median(west)).toBeLessThanOrEqual(900);
    const villages = dataset.villages.map((v) => heightAt(relief, v.point[0], v.point[1]));
    expect(median(villages)).toBeGreaterThanOrEqual(500);
    expect(median(villages)).toBeLessThanOrEqual(900);

    let max = -Infinity;
    let argmax = 0;
    relief.heights.forEach((h, i) => { if (h > max) { max = h; argmax = i; } });
    expect(max).toBeGreaterThanOrEqual(1_700);
    expect(max).toBeLessThanOrEqual(2_000);
    expect((argmax % grid.nx) / grid.nx).toBeGreaterThan(0.6);
    const min = relief.heights.reduce((m, h) => Math.min(m, h), Infinity);
    expect(min).toBeGreaterThan(200);
  });

  it('puts 3–5 remote villages in radio shadow: every site within 35 km is behind the ridge', () => {
    const shadows = relief.shadowedVillages;
    expect(shadows.length).toBeGreaterThanOrEqual(3);
    expect(shadows.length).toBeLessThanOrEqual(5);
    expect(demoShadowedVillages(dataset)).toEqual(shadows);
    const villages = new Map(dataset.villages.map((v) => [v.id, v]));
    const sites = new Map(dataset.sites.map((s) => [s.id, s]));
    for (const sh of shadows) {
      const v = villages.get(sh.villageId);
      const nearest = sites.get(sh.siteId);
      expect(v && nearest).toBeTruthy();
      if (!v || !nearest) continue;
      expect(sh.siteDistanceM).toBeGreaterThanOrEqual(3_000);
      expect(sh.siteDistanceM).toBeLessThanOrEqual(12_000);
      const [vx, vy] = projectLngLat(grid, v.point[0], v.point[1]);
      const hv = heightAtXY(relief, vx, vy) + 1.5;
      const blockedBy = (site: { lon: number; lat: number; heightM: number }): number => {
        const [sx, sy] = projectLngLat(grid, site.lon, site.lat);
        const hs = heightAtXY(relief, sx, sy) + site.heightM;
        const steps = Math.ceil(Math.hypot(vx - sx, vy - sy) / 25);
        let above = -Infinity;
        for (let k = 1; k < steps; k++) {
          const t = k / steps;
          above = Math.max(above, heightAtXY(relief, sx + t * (vx - sx), sy + t * (vy - sy)) - (hs + t * (hv - hs)));
        }
        return above;
      };
      // The site that covers it on flat ground: a ridge a few hundred metres above the line.
      expect(blockedBy(nearest)).toBeGreaterThan(150);
      for (const s of dataset.sites) {
        const [sx, sy] = projectLngLat(grid, s.lon, s.lat);
        if (Math.hypot(vx - sx, vy - sy) > 35_000) continue;
        expect(blockedBy(s), `${sh.villageId} from ${s.id}`).toBeGreaterThan(0);
      }
    }
  });
});
