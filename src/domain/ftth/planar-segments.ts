/** Squared distance from point (px, py) to segment (ax, ay)–(bx, by), planar. */
export function pointSegmentDistSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const wx = px - ax;
  const wy = py - ay;
  const len2 = vx * vx + vy * vy;
  let t = len2 > 0 ? (wx * vx + wy * vy) / len2 : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const dx = wx - t * vx;
  const dy = wy - t * vy;
  return dx * dx + dy * dy;
}

/**
 * Parameter t ∈ [0, 1] along segment p where it crosses segment q, or null when they do not cross
 * (parallel and collinear overlaps count as no crossing: the caller treats touching as distance 0 elsewhere).
 */
export function crossingParam(
  p1x: number, p1y: number, p2x: number, p2y: number,
  q1x: number, q1y: number, q2x: number, q2y: number,
): number | null {
  const rx = p2x - p1x;
  const ry = p2y - p1y;
  const sx = q2x - q1x;
  const sy = q2y - q1y;
  const denom = rx * sy - ry * sx;
  if (denom === 0) return null;
  const qpx = q1x - p1x;
  const qpy = q1y - p1y;
  const t = (qpx * sy - qpy * sx) / denom;
  const u = (qpx * ry - qpy * rx) / denom;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return t;
}

/** Planar distance between two segments: 0 when they cross or touch. */
export function segmentSegmentDist(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): number {
  if (crossingParam(ax, ay, bx, by, cx, cy, dx, dy) !== null) return 0;
  const d2 = Math.min(
    pointSegmentDistSq(ax, ay, cx, cy, dx, dy),
    pointSegmentDistSq(bx, by, cx, cy, dx, dy),
    pointSegmentDistSq(cx, cy, ax, ay, bx, by),
    pointSegmentDistSq(dx, dy, ax, ay, bx, by),
  );
  return Math.sqrt(d2);
}
