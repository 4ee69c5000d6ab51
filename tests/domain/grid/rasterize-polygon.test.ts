import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { createGrid, unprojectXY, type GridSpec } from '../../../src/domain/grid/equal-area-grid';
import { paintLabel, rasterizeGeometry } from '../../../src/domain/grid/rasterize-polygon';

const grid: GridSpec = createGrid([107.0, 12.0, 107.1, 12.1], 100);

/** A ring given in fractional grid (column, row) units, converted to lon/lat. */
function ring(cr: readonly (readonly [number, number])[]): Position[] {
  const pts = cr.map(([c, r]) => unprojectXY(grid, grid.x0 + c * grid.cellSizeM, grid.y0 - r * grid.cellSizeM));
  const first = pts[0];
  return first ? [...pts, first] : pts;
}
const rect = (c0: number, r0: number, c1: number, r1: number): Position[] => ring([[c0, r0], [c1, r0], [c1, r1], [c0, r1]]);

function labels(geom: Polygon | MultiPolygon): { painted: number; labels: Int32Array } {
  const out = new Int32Array(grid.nx * grid.ny).fill(-1);
  return { painted: paintLabel(grid, geom, out, 7), labels: out };
}

describe('scanline polygon fill', () => {
  it('fills exactly the cells whose centres are inside a square', () => {
    // Columns 2.2..7.2 hold centres 2.5..6.5 (5 columns); rows 3.1..6.9 hold centres 3.5..6.5 (4 rows).
    const { painted, labels: l } = labels({ type: 'Polygon', coordinates: [rect(2.2, 3.1, 7.2, 6.9)] });
    expect(painted).toBe(20);
    expect(l[3 * grid.nx + 2]).toBe(7);
    expect(l[3 * grid.nx + 7]).toBe(-1);
    expect(l[2 * grid.nx + 3]).toBe(-1);
    expect(l.filter((v) => v === 7).length).toBe(20);
  });

  it('leaves holes empty (even-odd)', () => {
    const outer = rect(0.2, 0.2, 10.2, 10.2); // 10 × 10
    const hole = rect(3.3, 3.3, 6.3, 6.3).reverse(); // 3 × 3
    const { painted } = labels({ type: 'Polygon', coordinates: [outer, hole] });
    expect(painted).toBe(91);
  });

  it('fills every part of a MultiPolygon', () => {
    const geom: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[rect(1.1, 1.1, 4.1, 3.1)], [rect(20.4, 5.4, 22.4, 9.4)], [rect(30.2, 30.2, 33.2, 33.2), rect(31.1, 31.1, 32.1, 32.1)]],
    };
    expect(labels(geom).painted).toBe(3 * 2 + 2 * 4 + (9 - 1));
  });

  it('fills a triangle as the centre-in-polygon rule says', () => {
    const tri: Polygon = { type: 'Polygon', coordinates: [ring([[0, 0], [40, 0], [0, 40]])] };
    let cells = 0;
    rasterizeGeometry(grid, tri, (row, c0, c1) => {
      expect(c0).toBe(0);
      // centre (c + 0.5, row + 0.5) inside when c + row + 1 < 40
      expect(c1).toBe(39 - row);
      cells += c1 - c0;
    });
    expect(cells).toBe((39 * 40) / 2);
  });

  it('clips shapes that leave the grid', () => {
    const { painted } = labels({ type: 'Polygon', coordinates: [rect(-5.2, -5.2, 2.2, 2.2)] });
    expect(painted).toBe(4);
  });
});
