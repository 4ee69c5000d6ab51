/**
 * The demo's ground: its generated relief (demo/relief.ts) on 50 m cells and its generated land cover
 * (demo/land-cover.ts) on 100 m cells, both over the province's area and labelled as generated.
 */
import { areaBBox } from '../coverage/area-bbox';
import { createGrid } from '../grid/equal-area-grid';
import type { LandCoverModel } from '../model/land-cover';
import type { Dataset } from '../model/types';
import type { ElevationModel } from '../terrain/elevation-model';
import { demoLandCover } from './land-cover';
import { demoRelief, demoReliefGrid } from './relief';

export const DEMO_RELIEF_SOURCE = 'generated relief (demo, not surveyed)';
export const DEMO_LAND_COVER_SOURCE = 'generated land cover (demo, not surveyed)';

export function demoGround(dataset: Dataset, seed: number): { elevation: ElevationModel; landCover: LandCoverModel } {
  const area = areaBBox(dataset);
  const coverage = createGrid(area.bbox, 100, area.marginM);
  const relief = demoRelief(dataset, demoReliefGrid(coverage), seed);
  const cover = demoLandCover(dataset, coverage, relief, seed);
  return {
    elevation: { id: `demo-relief:${seed}`, sources: [DEMO_RELIEF_SOURCE], generated: true, terrain: { grid: relief.grid, heights: relief.heights } },
    landCover: { id: `demo-land-cover:${seed}`, sources: [DEMO_LAND_COVER_SOURCE], generated: true, cover },
  };
}
