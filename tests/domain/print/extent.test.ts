import { describe, expect, it } from 'vitest';
import { printExtentBBox } from '../../../src/domain/print';
import { mercatorXY } from '../../../src/domain/print/atlas';
import type { BBox } from '../../../src/domain/grid/equal-area-grid';
import { rectUnit } from '../boundaries/test-units';

const units = [rectUnit('A', 107.0, 12.0, 107.4, 12.2), rectUnit('B', 107.4, 12.0, 107.6, 12.5)];

/** Screen (Web Mercator) width over height. */
const aspectOf = (b: BBox): number => {
  const [x0, y1] = mercatorXY(b[0], b[1]);
  const [x1, y0] = mercatorXY(b[2], b[3]);
  return (x1 - x0) / (y1 - y0);
};

describe('printExtentBBox', () => {
  it('province: all units inside with a margin on every side, at the map box aspect', () => {
    // The units span 107.0..107.6 by 12.0..12.5; a wide page pads north/south by 4 % of the height at least.
    const box = printExtentBBox({ kind: 'province' }, units, 1.5);
    if (!box) throw new Error('no box');
    expect(aspectOf(box)).toBeCloseTo(1.5, 6);
    expect(box[1]).toBeLessThan(12.0 - 0.5 * 0.035);
    expect(box[3]).toBeGreaterThan(12.5 + 0.5 * 0.035);
    expect(box[0]).toBeLessThan(107.0);
    expect(box[2]).toBeGreaterThan(107.6);
  });

  it('view: the main map\'s bounds are kept whole and widened to the page\'s shape only', () => {
    const view: BBox = [107.2, 12.1, 107.3, 12.2];
    const box = printExtentBBox({ kind: 'view', bounds: view }, units, 2);
    if (!box) throw new Error('no box');
    expect(aspectOf(box)).toBeCloseTo(2, 6);
    // The view is about square, so the page widens it east-west and keeps its north and south edges.
    expect(box[1]).toBeCloseTo(12.1, 6);
    expect(box[3]).toBeCloseTo(12.2, 6);
    expect(box[0]).toBeLessThan(107.2);
    expect(box[2]).toBeGreaterThan(107.3);
  });

  it('unit: zooms to that unit only, and gives null for an unknown code', () => {
    const box = printExtentBBox({ kind: 'unit', code: 'B' }, units, 1);
    if (!box) throw new Error('no box');
    expect(box[0]).toBeGreaterThan(107.0);
    expect(box[0]).toBeLessThan(107.4);
    expect(box[2]).toBeGreaterThan(107.6);
    expect(box[3]).toBeGreaterThan(12.5);
    expect(box[3]).toBeLessThan(12.6);
    expect(printExtentBBox({ kind: 'unit', code: 'Z' }, units, 1)).toBeNull();
  });
});
