import { describe, expect, it } from 'vitest';
import { MAX_TERRAIN_BYTES, MIN_TERRAIN_CELL_M, terrainGridFor } from '../../../src/io/dem/terrain-grid-for';

describe('terrainGridFor', () => {
  it('keeps the preferred cell when the heights fit, never finer than 25 m nor than the data', () => {
    const small: [number, number, number, number] = [107.5, 12.0, 107.7, 12.2];
    expect(terrainGridFor(small, 30).cellSizeM).toBe(30);
    expect(terrainGridFor(small, 10).cellSizeM).toBe(MIN_TERRAIN_CELL_M);
    expect(terrainGridFor(small, 30, 92.6).cellSizeM).toBe(93);
  });

  it('coarsens a province-sized grid until its Int16 heights fit in 25 MB', () => {
    const grid = terrainGridFor([107.2, 11.7, 108.7, 13.2], 25);
    expect(grid.nx * grid.ny * 2).toBeLessThanOrEqual(MAX_TERRAIN_BYTES);
    expect(grid.cellSizeM).toBeGreaterThan(40);
    expect(grid.cellSizeM).toBeLessThan(50);
  });
});
