/**
 * Scanline fill of a Polygon/MultiPolygon on a GridSpec: a cell belongs to the shape when its centre is
 * inside by the even-odd rule over all rings (holes and MultiPolygon parts fall out naturally).
 * Edges are straight in projected metres, which at cell scale is indistinguishable from geodesics.
 */
import type { Position } from 'geojson';
import type { UnitGeometry } from '../model/types';
import { gridFraction, projectLngLat, type GridSpec } from './equal-area-grid';

/** Called once per filled run of cells [colStart, colEnd) on a row. */
export type SpanVisitor = (row: number, colStart: number, colEnd: number) => void;

function ringsOf(geom: UnitGeometry): Position[][] {
  return geom.type === 'Polygon' ? geom.coordinates : geom.coordinates.flat();
}

export function rasterizeGeometry(g: GridSpec, geom: UnitGeometry, visit: SpanVisitor): void {
  const rings: Float64Array[] = [];
  let minY = Infinity;
  let maxY = -Infinity;
  for (const ring of ringsOf(geom)) {
    const pts = new Float64Array(ring.length * 2);
    ring.forEach((p, i) => {
      const [x, y] = projectLngLat(g, p[0] ?? 0, p[1] ?? 0);
      const [fc, fr] = gridFraction(g, x, y);
      pts[2 * i] = fc;
      pts[2 * i + 1] = fr;
      if (fr < minY) minY = fr;
      if (fr > maxY) maxY = fr;
    });
    rings.push(pts);
  }
  const rowStart = Math.max(0, Math.ceil(minY - 0.5));
  const rowEnd = Math.min(g.ny, Math.ceil(maxY - 0.5));
  if (rowEnd <= rowStart) return;
  const crossings: number[][] = Array.from({ length: rowEnd - rowStart }, () => []);
  for (const pts of rings) {
    const n = pts.length / 2;
    for (let i = 0; i < n; i++) {
      const j = i + 1 < n ? i + 1 : 0;
      const xa = pts[2 * i] ?? 0;
      const ya = pts[2 * i + 1] ?? 0;
      const xb = pts[2 * j] ?? 0;
      const yb = pts[2 * j + 1] ?? 0;
      if (ya === yb) continue;
      const lo = Math.min(ya, yb);
      const hi = Math.max(ya, yb);
      // Half-open [lo, hi) so a vertex shared by two edges is counted once.
      const r0 = Math.max(rowStart, Math.ceil(lo - 0.5));
      const r1 = Math.min(rowEnd, Math.ceil(hi - 0.5));
      const slope = (xb - xa) / (yb - ya);
      for (let r = r0; r < r1; r++) crossings[r - rowStart]?.push(xa + (r + 0.5 - ya) * slope);
    }
  }
  crossings.forEach((xs, k) => {
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const c0 = Math.max(0, Math.ceil((xs[i] ?? 0) - 0.5));
      const c1 = Math.min(g.nx, Math.ceil((xs[i + 1] ?? 0) - 0.5));
      if (c1 > c0) visit(rowStart + k, c0, c1);
    }
  });
}

/** Writes `value` into every cell of the shape (last writer wins on overlaps); returns the cells written. */
export function paintLabel(g: GridSpec, geom: UnitGeometry, labels: Int8Array | Int16Array | Int32Array, value: number): number {
  let count = 0;
  rasterizeGeometry(g, geom, (row, c0, c1) => {
    labels.fill(value, row * g.nx + c0, row * g.nx + c1);
    count += c1 - c0;
  });
  return count;
}
