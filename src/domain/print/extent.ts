/**
 * What a printed map page shows: the whole province (padded so the units never touch the frame), the area of the
 * main map as the user left it, or one unit. The box comes back with the map box's aspect ratio, so fitting the
 * print map to it shows exactly it.
 */
import type { ReportingUnit } from '../model/types';
import type { BBox } from '../grid/equal-area-grid';
import { geometryBBox, unitsBBox } from '../boundaries/units-bbox';
import { fitBBoxToAspect } from './atlas';

export type PrintExtent = { kind: 'province' } | { kind: 'view'; bounds: BBox } | { kind: 'unit'; code: string };

/** Share of the units' extent left blank on each side of the province map. */
export const PROVINCE_PAD = 0.04;
/** A single unit gets more room: its neighbours' edges show where it sits. */
export const UNIT_PAD = 0.08;

/** The area to print with width/height = aspect (Web Mercator), or null when the extent names no known unit. */
export function printExtentBBox(extent: PrintExtent, units: readonly ReportingUnit[], aspect: number): BBox | null {
  switch (extent.kind) {
    case 'province':
      return fitBBoxToAspect(unitsBBox(units), aspect, PROVINCE_PAD);
    case 'view':
      return fitBBoxToAspect(extent.bounds, aspect, 0);
    case 'unit': {
      const unit = units.find((u) => u.code === extent.code);
      const own = unit ? geometryBBox(unit.geometry) : null;
      return own && own[0] <= own[2] ? fitBBoxToAspect(own, aspect, UNIT_PAD) : null;
    }
  }
}
