import { describe, expect, it } from 'vitest';
import { projectLngLat, unprojectXY } from '../../../src/domain/grid/equal-area-grid';
import { heightSampler, reprojectTerrain } from '../../../src/domain/terrain/terrain-sample';
import { NO_ELEVATION } from '../../../src/domain/terrain/terrain-grid';
import { makeTerrain } from './fixtures';

describe('terrain sampling', () => {
  it('is bilinear between cell centres and NaN off the grid', () => {
    const t = makeTerrain(4, 3, 30, (x, y) => x - 2 * y); // a plane: bilinear reproduces it exactly
    const s = heightSampler(t);
    expect(s(40, -50)).toBeCloseTo(140, 9);
    expect(s(1, -1)).toBeCloseTo(45, 9); // within half a cell of the border: clamped to the corner cell's centre
    expect(s(-20, -50)).toBeNaN();
    expect(s(60, 10)).toBeNaN();
  });

  it('re-weights around unknown cells and is NaN where all four are unknown', () => {
    const t = makeTerrain(3, 3, 30, () => 100);
    t.heights[4] = NO_ELEVATION;
    const s = heightSampler(t);
    expect(s(40, -40)).toBeCloseTo(100, 9);
    const u = makeTerrain(2, 2, 30, () => 0);
    u.heights.fill(NO_ELEVATION);
    expect(heightSampler(u)(30, -30)).toBeNaN();
  });
});

describe('reprojectTerrain', () => {
  // A terrain in the (φ0 12°, λ0 108°) projection whose heights are a smooth function of longitude and latitude.
  const base = makeTerrain(200, 200, 50, () => 0);
  const spec = { ...base.grid, x0: projectLngLat(base.grid, 107.95, 12.05)[0], y0: projectLngLat(base.grid, 107.95, 12.05)[1] };
  const heightOf = (lon: number, lat: number) => 500 + 3000 * (lon - 107.95) - 2000 * (lat - 12);
  const heights = new Int16Array(200 * 200);
  for (let r = 0; r < 200; r++) {
    for (let c = 0; c < 200; c++) {
      const [lon, lat] = unprojectXY(spec, spec.x0 + (c + 0.5) * 50, spec.y0 - (r + 0.5) * 50);
      heights[r * 200 + c] = r < 20 && c < 20 ? NO_ELEVATION : Math.round(heightOf(lon, lat));
    }
  }
  const t = { grid: spec, heights };

  it('returns the terrain itself when the projection already matches', () => {
    expect(reprojectTerrain(t, 12, 108)).toBe(t);
  });

  it('keeps heights at the same ground points in another projection', () => {
    const moved = reprojectTerrain(t, 12.4, 108.3);
    expect(moved.grid.phi0Deg).toBe(12.4);
    expect(moved.grid.cellSizeM).toBe(50);
    const a = heightSampler(t);
    const b = heightSampler(moved);
    for (const [lon, lat] of [[108.0, 12.0], [107.99, 11.98], [108.02, 11.97], [108.03, 12.03]] as const) {
      const [xa, ya] = projectLngLat(t.grid, lon, lat);
      const [xb, yb] = projectLngLat(moved.grid, lon, lat);
      expect(Math.abs(b(xb, yb) - a(xa, ya))).toBeLessThan(1.5);
    }
    const [xu, yu] = projectLngLat(moved.grid, ...unprojectXY(t.grid, t.grid.x0 + 200, t.grid.y0 - 200));
    expect(b(xu, yu)).toBeNaN();
  });
});
