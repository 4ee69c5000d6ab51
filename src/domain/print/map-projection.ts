/**
 * Lon/lat to millimetres on the printed map: the rendered image is Web Mercator, linear between its bounds, and
 * stretched over the page's map box. Used to draw a unit's outline and the dimming around it as vectors.
 */
import type { Position } from 'geojson';
import type { UnitGeometry } from '../model/types';
import type { BBox } from '../grid/equal-area-grid';
import { mercatorXY } from './atlas';
import type { Box } from './page';

export type PagePoint = [x: number, y: number];

/** Page position (mm) of a point, for a map image covering `bounds` [w, s, e, n] drawn in `box`. */
export function lngLatToBox(lon: number, lat: number, bounds: BBox, box: Box): PagePoint {
  const [x0, y0] = mercatorXY(bounds[0], bounds[3]);
  const [x1, y1] = mercatorXY(bounds[2], bounds[1]);
  const [x, y] = mercatorXY(lon, lat);
  return [box.x + ((x - x0) / (x1 - x0)) * box.w, box.y + ((y - y0) / (y1 - y0)) * box.h];
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * Every ring (outer and holes) of the geometry on the page, held inside the map box and thinned to vertices at
 * least `minStepMm` apart (a commune's thousands of vertices would otherwise bloat each PDF page).
 */
export function outlineOnMap(geom: UnitGeometry, bounds: BBox, box: Box, minStepMm = 0.25): PagePoint[][] {
  const rings: Position[][] = geom.type === 'Polygon' ? geom.coordinates : geom.coordinates.flat();
  const out: PagePoint[][] = [];
  for (const ring of rings) {
    const kept: PagePoint[] = [];
    for (const p of ring) {
      const [x, y] = lngLatToBox(p[0] ?? NaN, p[1] ?? NaN, bounds, box);
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const q: PagePoint = [clamp(x, box.x, box.x + box.w), clamp(y, box.y, box.y + box.h)];
      const last = kept[kept.length - 1];
      if (!last || Math.hypot(q[0] - last[0], q[1] - last[1]) >= minStepMm) kept.push(q);
    }
    if (kept.length >= 3) out.push(kept);
  }
  return out;
}
