import { describe, expect, it } from 'vitest';
import { lngLatToBox, outlineOnMap } from '../../../src/domain/print';
import type { BBox } from '../../../src/domain/grid/equal-area-grid';

// Near the equator Web Mercator is nearly linear in latitude, which gives independent expected values.
const bounds: BBox = [100, -1, 102, 1];
const box = { x: 10, y: 20, w: 200, h: 200 };

describe('lngLatToBox', () => {
  it('puts the bounds\' corners on the box corners and the centre in the middle', () => {
    const nw = lngLatToBox(100, 1, bounds, box);
    const se = lngLatToBox(102, -1, bounds, box);
    const c = lngLatToBox(101, 0, bounds, box);
    expect(nw[0]).toBeCloseTo(10, 9);
    expect(nw[1]).toBeCloseTo(20, 9);
    expect(se[0]).toBeCloseTo(210, 9);
    expect(se[1]).toBeCloseTo(220, 9);
    expect(c[0]).toBeCloseTo(110, 9);
    expect(c[1]).toBeCloseTo(120, 9);
  });
});

describe('outlineOnMap', () => {
  it('maps a square unit to a square on the page, keeps its hole, and drops vertices closer than the step', () => {
    const outer = [[100.5, -0.5], [101.5, -0.5], [101.5, 0.5], [101.50001, 0.5], [100.5, 0.5], [100.5, -0.5]];
    const hole = [[100.9, -0.1], [101.1, -0.1], [101.1, 0.1], [100.9, 0.1], [100.9, -0.1]];
    const rings = outlineOnMap({ type: 'Polygon', coordinates: [outer, hole] }, bounds, box, 0.25);
    expect(rings).toHaveLength(2);
    const [o] = rings;
    // 6 vertices in, the near-duplicate one (0.001 mm away) dropped.
    expect(o).toHaveLength(5);
    expect(o?.[0]?.[0]).toBeCloseTo(60, 1);
    expect(o?.[0]?.[1]).toBeCloseTo(170, 1);
    expect(o?.[1]?.[0]).toBeCloseTo(160, 1);
  });

  it('holds vertices beyond the image inside the map box', () => {
    const far = [[99, -0.5], [101, -0.5], [101, 3], [99, -0.5]];
    const [ring] = outlineOnMap({ type: 'Polygon', coordinates: [far] }, bounds, box);
    for (const [x, y] of ring ?? []) {
      expect(x).toBeGreaterThanOrEqual(10);
      expect(x).toBeLessThanOrEqual(210);
      expect(y).toBeGreaterThanOrEqual(20);
      expect(y).toBeLessThanOrEqual(220);
    }
  });
});
