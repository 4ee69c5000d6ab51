import { cellAreaKm2 } from '../grid/equal-area-grid';
import { LAND_COVER_CLASSES, type LandCoverGrid } from './land-cover';

/** km² of each class, in LAND_COVER_CLASSES order (unknown cells counted nowhere). */
export function landCoverAreasKm2(cover: LandCoverGrid): number[] {
  const cells = new Float64Array(LAND_COVER_CLASSES.length + 1);
  for (const c of cover.classes) cells[c] = (cells[c] ?? 0) + 1;
  const km2 = cellAreaKm2(cover.grid);
  return LAND_COVER_CLASSES.map((_, i) => (cells[i + 1] ?? 0) * km2);
}
