import type { Position } from 'geojson';
import type { Dataset } from '../model/types';
import type { BBox } from '../grid/equal-area-grid';

/** Margin around sites when there are no units to bound the area: about one rural cell radius. */
const SITES_ONLY_MARGIN_M = 10_000;

/** The area to grid: the units' bounding box, else the sites' grown by a margin, else a token box. */
export function areaBBox(dataset: Dataset): { bbox: BBox; marginM: number } {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const take = (lon: number, lat: number): void => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  };
  const ring = (r: Position[]): void => r.forEach((p) => take(p[0] ?? NaN, p[1] ?? NaN));
  for (const u of dataset.units) {
    if (u.geometry.type === 'Polygon') u.geometry.coordinates.forEach(ring);
    else u.geometry.coordinates.forEach((poly) => poly.forEach(ring));
  }
  if (box[0] <= box[2]) return { bbox: box, marginM: 0 };
  for (const s of dataset.sites) take(s.lon, s.lat);
  if (box[0] <= box[2]) return { bbox: box, marginM: SITES_ONLY_MARGIN_M };
  return { bbox: [0, 0, 0, 0], marginM: 1_000 };
}
