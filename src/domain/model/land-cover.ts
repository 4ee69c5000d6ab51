import type { GridSpec } from '../grid/equal-area-grid';

/** Land-cover classes a propagation model can tell apart (clutter), from the densest built-up area to water. */
export type LandCoverClass = 'dense-urban' | 'urban' | 'suburban' | 'village' | 'cropland' | 'forest' | 'open' | 'water';

/** The classes in code order: a raster stores class LAND_COVER_CLASSES[code − 1]; code 0 is unknown. */
export const LAND_COVER_CLASSES: readonly LandCoverClass[] = [
  'dense-urban', 'urban', 'suburban', 'village', 'cropland', 'forest', 'open', 'water',
];

export const LAND_COVER_UNKNOWN = 0;

export function landCoverCode(c: LandCoverClass): number {
  return LAND_COVER_CLASSES.indexOf(c) + 1;
}

/** The class of a stored code, or null for unknown (0) and codes out of range. */
export function landCoverClass(code: number): LandCoverClass | null {
  return LAND_COVER_CLASSES[code - 1] ?? null;
}

/** One class code per cell of a grid of the engine's projection (row 0 north); LAND_COVER_UNKNOWN where unknown. */
export interface LandCoverGrid { grid: GridSpec; classes: Uint8Array }

/** The project's land-cover layer: class codes resampled once onto a grid (or generated for the demo). */
export interface LandCoverModel {
  /** Changes whenever the classes do. */
  id: string;
  sources: string[];
  /** True for the demo's generated land cover: shown as generated wherever the layer is named. */
  generated: boolean;
  cover: LandCoverGrid;
}
