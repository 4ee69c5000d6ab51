/** The printed map's lines as page paths: simplified to the paper's resolution, cut to the parts near the map box. */
import { describe, expect, it } from 'vitest';
import { LINE_TOLERANCE_MM, lineOnMap, lngLatToBox, simplifyPath, type PagePoint } from '../../../src/domain/print';

function distanceToPolyline(p: PagePoint, line: readonly PagePoint[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (!a || !b) continue;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
    best = Math.min(best, Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy)));
  }
  return best;
}

describe('print: map lines', () => {
  it('drops the vertices a printer cannot show and keeps every one within the tolerance of the line', () => {
    // A wiggle of 0.03 mm along a 100 mm line with a 5 mm bump in the middle.
    const points: PagePoint[] = Array.from({ length: 1001 }, (_, i) => [i / 10, (i % 2) * 0.03 + (i >= 480 && i <= 520 ? 5 : 0)]);
    const simple = simplifyPath(points, LINE_TOLERANCE_MM);
    expect(simple.length).toBeLessThan(12);
    expect(simple.length).toBeGreaterThanOrEqual(4);
    for (const p of points) expect(distanceToPolyline(p, simple)).toBeLessThanOrEqual(LINE_TOLERANCE_MM + 1e-9);
    expect(simple[0]).toEqual(points[0]);
    expect(simple[simple.length - 1]).toEqual(points[points.length - 1]);
  });

  it('projects as the labels are, and leaves out the parts far from the map box', () => {
    const bounds: [number, number, number, number] = [107.5, 12.0, 107.7, 12.2];
    const box = { x: 10, y: 20, w: 100, h: 100 };
    const inside: [number, number][] = [[107.55, 12.05], [107.6, 12.1], [107.65, 12.15]];
    const farAway: [number, number][] = [[108.5, 13.0], [108.6, 13.1], [108.7, 13.2]];
    const runs = lineOnMap([...inside, ...farAway], bounds, box);
    expect(runs).toHaveLength(1);
    const run = runs[0] ?? [];
    // The run ends at the first far point (the segment leaving the box is kept so the frame clips it).
    expect(run[0]).toEqual(lngLatToBox(107.55, 12.05, bounds, box));
    expect(run.length).toBeLessThanOrEqual(4);
    expect(lineOnMap(farAway, bounds, box)).toEqual([]);
  });
});
