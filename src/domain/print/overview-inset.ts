/**
 * The overview inset of a map page: the province (its units, from the loaded layer) in a small frame at the map's
 * right edge, low or (when that hides less of the page's commune) high under the north arrow, the printed extent
 * outlined on it. Only when the page shows less than the province: on a
 * whole-province page it would repeat the map and hide its corner.
 */
import type { ReportingUnit } from '../model/types';
import type { BBox } from '../grid/equal-area-grid';
import { unitsBBox } from '../boundaries/units-bbox';
import { fitBBoxToAspect, mercatorXY } from './atlas';
import { lngLatToBox, outlineOnMap, type PagePoint } from './map-projection';
import type { Box } from './page';

export interface OverviewInset {
  frame: Box;
  /** Every unit's rings in the frame, page mm. */
  units: PagePoint[][];
  /** The printed extent in the frame, cut to it. */
  extent: Box;
}

/** The inset's longer side, as a share of the map box's shorter side. */
export const INSET_SHARE = 0.3;

/** The part of the province's box (mercator area) the printed extent leaves out; 0 when it shows all of it. */
function uncovered(printed: BBox, province: BBox): number {
  const [px0, py1] = mercatorXY(printed[0], printed[1]);
  const [px1, py0] = mercatorXY(printed[2], printed[3]);
  const [qx0, qy1] = mercatorXY(province[0], province[1]);
  const [qx1, qy0] = mercatorXY(province[2], province[3]);
  const iw = Math.max(0, Math.min(px1, qx1) - Math.max(px0, qx0));
  const ih = Math.max(0, Math.min(py1, qy1) - Math.max(py0, qy0));
  const area = (qx1 - qx0) * (qy1 - qy0);
  return area > 0 ? 1 - (iw * ih) / area : 0;
}

/** Where the inset may go: the gap to the map frame (as the scale bar's), the top of the room under the north arrow, the page's commune (page rings) to hide as little of as it can. */
export interface InsetPlace {
  pad: number;
  belowArrow: number;
  focus?: readonly (readonly PagePoint[])[];
}

function inside(x: number, y: number, rings: readonly (readonly PagePoint[])[]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] ?? [0, 0];
      const [xj, yj] = ring[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

/** Share of the frame over the commune, from a 12 × 12 grid of points. */
function hidden(frame: Box, focus: readonly (readonly PagePoint[])[]): number {
  let n = 0;
  for (let i = 0; i < 12; i++) for (let j = 0; j < 12; j++) if (inside(frame.x + ((i + 0.5) / 12) * frame.w, frame.y + ((j + 0.5) / 12) * frame.h, focus)) n++;
  return n / 144;
}

/** Null when the page shows the whole province or there are no units. */
export function overviewInset(units: readonly ReportingUnit[], printed: BBox, map: Box, place: InsetPlace): OverviewInset | null {
  const { pad } = place;
  if (units.length === 0) return null;
  const province = unitsBBox(units);
  if (uncovered(printed, province) < 0.02) return null;
  const [x0, y1] = mercatorXY(province[0], province[1]);
  const [x1, y0] = mercatorXY(province[2], province[3]);
  const aspect = Math.min(2, Math.max(0.5, (x1 - x0) / Math.max(1e-12, y1 - y0)));
  const side = Math.min(map.w, map.h) * INSET_SHARE;
  const w = aspect >= 1 ? side : side * aspect;
  const h = aspect >= 1 ? side / aspect : side;
  const low: Box = { x: map.x + map.w - pad - w, y: map.y + map.h - pad - h, w, h };
  const high: Box = { ...low, y: place.belowArrow + pad };
  const focus = place.focus;
  const frame = focus && focus.length > 0 && high.y + h <= low.y && hidden(high, focus) < hidden(low, focus) ? high : low;
  const bounds = fitBBoxToAspect(province, w / h, 0.06);
  const rings = units.flatMap((u) => outlineOnMap(u.geometry, bounds, frame, 0.3));
  const [ex0, ey0] = lngLatToBox(printed[0], printed[3], bounds, frame);
  const [ex1, ey1] = lngLatToBox(printed[2], printed[1], bounds, frame);
  const clampX = (v: number): number => Math.min(frame.x + frame.w, Math.max(frame.x, v));
  const clampY = (v: number): number => Math.min(frame.y + frame.h, Math.max(frame.y, v));
  const ex = clampX(ex0);
  const ey = clampY(ey0);
  // At least a millimetre across, so one small commune still shows as a mark.
  const extent: Box = { x: ex, y: ey, w: Math.max(1, clampX(ex1) - ex), h: Math.max(1, clampY(ey1) - ey) };
  return { frame, units: rings, extent };
}
