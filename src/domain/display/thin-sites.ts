/**
 * Which sites the map draws when there are tens of thousands: the ones near the view, and at most one per cell of
 * a few screen pixels (one dot hides the others there anyway). Software WebGL pays per drawn symbol at every frame.
 */
import type { Site } from '../model/types';

/** Up to this many sites, every one is drawn. */
export const DRAW_ALL_UP_TO = 5000;
/** Side of the screen cell that keeps one site, CSS pixels (about a dot's diameter). */
export const THIN_CELL_PX = 6;
/** From this zoom on, sites are only culled to the view, not thinned. */
export const THIN_BELOW_ZOOM = 13;

/** [west, south, east, north] in degrees. */
export type LonLatBox = readonly [number, number, number, number];

const worldPx = (zoom: number): number => 512 * 2 ** zoom;

function mercatorPx(lon: number, lat: number, world: number): [number, number] {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * world, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * world];
}

/**
 * The sites to draw at `zoom` over `view` (the box is widened by its own size on every side, so a short pan shows no
 * gap before the next update): all of them up to DRAW_ALL_UP_TO; otherwise those in the widened view, one per
 * THIN_CELL_PX cell below THIN_BELOW_ZOOM. A site `keep` names (selected, proposed) is always drawn, first in its cell.
 */
export function sitesToDraw(sites: readonly Site[], zoom: number, view: LonLatBox, keep: (s: Site) => boolean): readonly Site[] {
  if (sites.length <= DRAW_ALL_UP_TO) return sites;
  const [w, s, e, n] = view;
  const dx = e - w;
  const dy = n - s;
  const inView = (x: Site) => x.lon >= w - dx && x.lon <= e + dx && x.lat >= s - dy && x.lat <= n + dy;
  const kept = sites.filter((x) => keep(x));
  if (zoom >= THIN_BELOW_ZOOM) return [...kept, ...sites.filter((x) => !keep(x) && inView(x))];
  const world = worldPx(zoom);
  const cols = Math.ceil(world / THIN_CELL_PX);
  const taken = new Set<number>();
  const cellOf = (x: Site): number => {
    const [px, py] = mercatorPx(x.lon, x.lat, world);
    return Math.floor(py / THIN_CELL_PX) * cols + Math.floor(px / THIN_CELL_PX);
  };
  for (const x of kept) taken.add(cellOf(x));
  const out = [...kept];
  for (const x of sites) {
    if (keep(x) || !inView(x)) continue;
    const cell = cellOf(x);
    if (taken.has(cell)) continue;
    taken.add(cell);
    out.push(x);
  }
  return out;
}
