import type { TerrainGrid } from './terrain-grid';

/** The project's elevation layer: heights resampled once from the user's DEM files (or generated for the demo). */
export interface ElevationModel {
  /** Changes whenever the heights do: it keys the engine's cache of terrain losses. */
  id: string;
  /** The files the heights were read from. */
  sources: string[];
  /** True for the demo's generated relief: shown as generated wherever the layer is named. */
  generated: boolean;
  terrain: TerrainGrid;
}
