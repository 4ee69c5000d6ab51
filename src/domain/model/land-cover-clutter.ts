/** Land cover to the clutter the path-loss models tell apart, at a place. */
import { cellIndexAt } from '../grid/equal-area-grid';
import { LAND_COVER_UNKNOWN, landCoverClass, type LandCoverClass, type LandCoverModel } from './land-cover';
import type { Clutter } from './types';

/** The propagation-model clutter of a land-cover class (the classes the path-loss models tell apart). */
export function clutterOfClass(c: LandCoverClass): Clutter {
  switch (c) {
    case 'dense-urban':
    case 'urban':
      return 'urban';
    case 'suburban':
      return 'suburban';
    case 'village':
    case 'cropland':
    case 'forest':
      return 'rural';
    case 'open':
    case 'water':
      return 'open';
  }
}

/**
 * The clutter of the ground at a point, from the land cover: fixed to the place, whatever boundaries the figures are
 * summed over. Null where the layer says nothing (outside it, or an unknown cell).
 */
export function landCoverClutterAt(lc: LandCoverModel | undefined, lon: number, lat: number): Clutter | null {
  if (!lc) return null;
  const cell = cellIndexAt(lc.cover.grid, lon, lat);
  const c = cell >= 0 ? landCoverClass(lc.cover.classes[cell] ?? LAND_COVER_UNKNOWN) : null;
  return c ? clutterOfClass(c) : null;
}
