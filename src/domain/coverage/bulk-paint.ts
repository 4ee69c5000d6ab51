/**
 * The bulk-load paint of one footprint over rows [rowFrom, rowTo): raises a cell's level where its own is higher.
 * Shared by the model's own thread and the band helper thread, which paint disjoint rows of the same buffers.
 */
import { offerRow } from './footprint-levels';
import type { SectorPick } from './sector-pick';
import type { TechFootprint } from './site-footprint';

export interface BulkTarget {
  levels: Int16Array;
  nx: number;
  cellSizeM: number;
  stepM: number;
}

export function paintBulk(t: BulkTarget, fp: TechFootprint, pick: SectorPick, rowFrom: number, rowTo: number): void {
  const { levels, nx, cellSizeM, stepM } = t;
  const r1 = Math.min(fp.row1, rowTo);
  for (let r = Math.max(fp.row0, rowFrom); r < r1; r++) offerRow(fp, pick, cellSizeM, stepM, r, levels, r * nx);
}
