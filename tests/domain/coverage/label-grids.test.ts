import { describe, expect, it } from 'vitest';
import { buildLabelGrids, labelGridsFor } from '../../../src/domain/coverage/label-grids';
import { createGrid } from '../../../src/domain/grid/equal-area-grid';
import { gridDataset } from './synthetic-dataset';

describe('labelGridsFor', () => {
  const dataset = gridDataset(7, 2, 2, 0.05, 3);
  const grid = createGrid([107.4, 11.9, 107.6, 12.1], 500, 0);

  it('returns the labels buildLabelGrids makes', () => {
    const fresh = buildLabelGrids(grid, dataset);
    const cached = labelGridsFor(grid, dataset);
    expect(fresh.unit.some((u) => u >= 0)).toBe(true);
    expect(cached.unit).toEqual(fresh.unit);
    expect(cached.villageCells).toEqual(fresh.villageCells);
  });

  it('reuses them across site edits and rebuilds for new boundaries or another grid', () => {
    const first = labelGridsFor(grid, dataset);
    expect(labelGridsFor(grid, { ...dataset, sites: [] })).toBe(first);
    expect(labelGridsFor(grid, { ...dataset, villages: [...dataset.villages] })).not.toBe(first);
    const finer = createGrid([107.4, 11.9, 107.6, 12.1], 250, 0);
    const other = labelGridsFor(finer, dataset);
    expect(other).not.toBe(first);
    expect(other.unit.length).toBe(finer.nx * finer.ny);
  });
});
