import { existsSync, readFileSync } from 'node:fs';
import { area as turfArea, polygon as turfPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { cellIndexAt, createGrid, projectLngLat, unprojectXY } from '../../../src/domain/grid/equal-area-grid';
import { paintLabel } from '../../../src/domain/grid/rasterize-polygon';

const DAKNONG = '/work/shared/data/daknong/communes-2024.geojson';

describe('equal-area grid', () => {
  const grid = createGrid([107.2, 11.7, 108.2, 12.9], 100);

  it('round-trips lon/lat through the projection', () => {
    for (const [lon, lat] of [[107.2, 11.7], [107.71, 12.33], [108.2, 12.9], [107.5, 12.0]] as const) {
      const [x, y] = projectLngLat(grid, lon, lat);
      const [lon2, lat2] = unprojectXY(grid, x, y);
      expect(lon2).toBeCloseTo(lon, 9);
      expect(lat2).toBeCloseTo(lat, 9);
    }
  });

  it('gives every cell the same ground area, cellSize², from north to south', () => {
    for (const row of [0, Math.floor(grid.ny / 2), grid.ny - 1]) {
      const x = grid.x0 + 10 * grid.cellSizeM;
      const y = grid.y0 - row * grid.cellSizeM;
      const corners = [[x, y], [x + 1000, y], [x + 1000, y - 1000], [x, y - 1000], [x, y]].map(([a, b]) => unprojectXY(grid, a ?? 0, b ?? 0));
      const km2 = turfArea(turfPolygon([corners])) / 1e6;
      expect(km2).toBeGreaterThan(0.995);
      expect(km2).toBeLessThan(1.005);
    }
  });

  it('covers the requested box and locates cells', () => {
    expect(cellIndexAt(grid, 107.2001, 12.8999)).toBe(0);
    expect(cellIndexAt(grid, 108.1999, 11.7001)).toBe(grid.nx * grid.ny - 1);
    expect(cellIndexAt(grid, 106, 12)).toBe(-1);
  });

  it('measures a hand-made polygon within 1% of turf.area', () => {
    const poly: Polygon = { type: 'Polygon', coordinates: [[[107.3, 11.9], [107.6, 11.95], [107.55, 12.3], [107.35, 12.2], [107.3, 11.9]]] };
    const g = createGrid([107.3, 11.9, 107.6, 12.3], 100);
    const cells = paintLabel(g, poly, new Int32Array(g.nx * g.ny).fill(-1), 0);
    const turfKm2 = turfArea(poly) / 1e6;
    expect(Math.abs((cells * 0.01) / turfKm2 - 1)).toBeLessThan(0.01);
  });

  it.skipIf(!existsSync(DAKNONG))('matches turf.area for every Đắk Nông commune within ~1%', () => {
    const fc = JSON.parse(readFileSync(DAKNONG, 'utf8')) as { features: Feature<Polygon | MultiPolygon>[] };
    const g = createGrid([107.2, 11.7, 108.2, 12.9], 100);
    let worst = 0;
    for (const f of fc.features) {
      const turfKm2 = turfArea(f) / 1e6;
      const cells = paintLabel(g, f.geometry, new Int32Array(g.nx * g.ny).fill(-1), 0);
      if (turfKm2 > 20) worst = Math.max(worst, Math.abs((cells * 0.01) / turfKm2 - 1));
    }
    expect(fc.features.length).toBeGreaterThan(10);
    expect(worst).toBeLessThan(0.012);
  });
});
