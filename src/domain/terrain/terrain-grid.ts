// src/domain/terrain/terrain-grid.ts
import type { GridSpec } from '../grid/equal-area-grid';
export const NO_ELEVATION = -32768;
/** Ground heights in metres on a grid of the engine's projection (row 0 north); NO_ELEVATION where unknown. */
export interface TerrainGrid { grid: GridSpec; heights: Int16Array }
