/** The demo's elevation layer: the generated relief (demo/relief.ts) on 50 m cells over the province's area. */
import { areaBBox } from '../coverage/area-bbox';
import { createGrid } from '../grid/equal-area-grid';
import type { Dataset } from '../model/types';
import type { ElevationModel } from '../terrain/elevation-model';
import { demoRelief, demoReliefGrid } from './relief';

export const DEMO_RELIEF_SOURCE = 'generated relief (demo, not surveyed)';

export function demoElevation(dataset: Dataset, seed: number): ElevationModel {
  const area = areaBBox(dataset);
  const grid = demoReliefGrid(createGrid(area.bbox, 100, area.marginM));
  const relief = demoRelief(dataset, grid, seed);
  return { id: `demo-relief:${seed}`, sources: [DEMO_RELIEF_SOURCE], generated: true, terrain: { grid: relief.grid, heights: relief.heights } };
}
