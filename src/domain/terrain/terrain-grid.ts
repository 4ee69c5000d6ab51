import type { GridSpec } from '../grid/equal-area-grid';
export const NO_ELEVATION = -32768;
export interface TerrainGrid { grid: GridSpec; heights: Int16Array }  // metres, row 0 north, NO_ELEVATION unknown
