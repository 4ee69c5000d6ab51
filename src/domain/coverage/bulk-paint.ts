/**
 * The bulk-load paint of one footprint over rows [rowFrom, rowTo): raises best/server where its level is higher.
 * Shared by the model's own thread and the band helper thread, which paint disjoint rows of the same buffers.
 */
import { footprintRow, type RowSpan } from './footprint-levels';
import type { SectorPick } from './sector-pick';
import type { TechFootprint } from './site-footprint';

export interface BulkTarget {
  best: Float32Array;
  server: Int32Array;
  nx: number;
  cellSizeM: number;
  stepM: number;
}

/** `out` must hold the footprint's window width (see rowBufferFor). */
export function paintBulk(
  t: BulkTarget, fp: TechFootprint, pick: SectorPick, slot: number, rowFrom: number, rowTo: number, out: Float32Array, span: RowSpan,
): void {
  const { best, server, nx, cellSizeM, stepM } = t;
  const r1 = Math.min(fp.row1, rowTo);
  for (let r = Math.max(fp.row0, rowFrom); r < r1; r++) {
    footprintRow(fp, pick, cellSizeM, stepM, r, out, span);
    const base = r * nx + span.c0;
    const n = span.c1 - span.c0;
    for (let k = 0; k < n; k++) {
      const level = out[k] ?? -Infinity;
      const cell = base + k;
      if (level > (best[cell] ?? 0)) {
        best[cell] = level;
        server[cell] = slot;
      }
    }
  }
}

/** `row` if it holds the footprint's window width, else a new buffer that does. */
export function rowBufferFor(fp: TechFootprint, row: Float32Array): Float32Array {
  const width = Math.max(0, fp.col1 - fp.col0);
  return row.length < width ? new Float32Array(width * 2) : row;
}
