/**
 * Lines of the printed map (unit and district outlines, roads, fibre) as page paths in millimetres, so the PDF
 * draws them as vectors over the map image: projected as the labels are (lngLatToBox), cut to the parts that reach
 * the map box, and simplified to the paper's resolution so a page holds only the vertices a printer can show.
 */
import type { BBox } from '../grid/equal-area-grid';
import { lngLatToBox, type PagePoint } from './map-projection';
import type { Box } from './page';

/** A tenth of a millimetre: finer detail does not print, and keeping it would only grow the file. */
export const LINE_TOLERANCE_MM = 0.1;

/** Distance from `p` to the segment a–b. */
function segmentDistance(p: PagePoint, a: PagePoint, b: PagePoint): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker on a polyline: every dropped vertex lies within `tolerance` of the kept line. */
export function simplifyPath(points: readonly PagePoint[], tolerance: number): PagePoint[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop() ?? [0, 0];
    const a = points[from];
    const b = points[to];
    if (!a || !b) continue;
    let worst = -1;
    let at = -1;
    for (let i = from + 1; i < to; i++) {
      const p = points[i];
      const d = p ? segmentDistance(p, a, b) : 0;
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (at >= 0 && worst > tolerance) {
      keep[at] = 1;
      stack.push([from, at], [at, to]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Whether the segment's box meets `box` grown by `margin` on every side. */
function segmentNearBox(a: PagePoint, b: PagePoint, box: Box, margin: number): boolean {
  return Math.max(a[0], b[0]) >= box.x - margin && Math.min(a[0], b[0]) <= box.x + box.w + margin
    && Math.max(a[1], b[1]) >= box.y - margin && Math.min(a[1], b[1]) <= box.y + box.h + margin;
}

/**
 * One line (or ring) of lon/lat positions on the page: the runs of it whose segments come near the map box (the PDF
 * clips the rest at the frame), each simplified to `toleranceMm`.
 */
export function lineOnMap(coords: readonly (readonly number[])[], bounds: BBox, box: Box, toleranceMm = LINE_TOLERANCE_MM): PagePoint[][] {
  const runs: PagePoint[][] = [];
  let run: PagePoint[] = [];
  let prev: PagePoint | null = null;
  const margin = 1;
  for (const c of coords) {
    const p = lngLatToBox(c[0] ?? NaN, c[1] ?? NaN, bounds, box);
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    if (prev && segmentNearBox(prev, p, box, margin)) {
      if (run.length === 0) run.push(prev);
      run.push(p);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
    prev = p;
  }
  if (run.length) runs.push(run);
  return runs.map((r) => simplifyPath(r, toleranceMm)).filter((r) => r.length >= 2);
}
