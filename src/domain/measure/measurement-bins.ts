/**
 * Measured samples binned to the engine's grid: per cell with samples, their count, mean measured level and mean
 * difference measured − predicted (over the samples with a prediction). Only cells with samples are listed.
 */
import { cellIndexAt, type GridSpec } from '../grid/equal-area-grid';
import type { MeasurementSet } from './measurement-set';

export interface MeasurementBins {
  /** Grid cell index of each bin, ascending. */
  cells: Int32Array;
  count: Uint32Array;
  meanLevelDbm: Float32Array;
  /** NaN where no sample of the cell has a prediction. */
  meanDiffDb: Float32Array;
  /** Samples off the grid (not binned). */
  offGrid: number;
}

export function binMeasurements(grid: GridSpec, set: MeasurementSet, predictedDbm?: Float32Array): MeasurementBins {
  const cellOf = new Int32Array(set.count);
  let offGrid = 0;
  for (let i = 0; i < set.count; i++) {
    const c = cellIndexAt(grid, set.lon[i] ?? NaN, set.lat[i] ?? NaN);
    cellOf[i] = c;
    if (c < 0) offGrid++;
  }
  const order = Int32Array.from(cellOf.filter((c) => c >= 0)).sort();
  const cells: number[] = [];
  for (let k = 0; k < order.length; k++) if (k === 0 || order[k] !== order[k - 1]) cells.push(order[k] ?? 0);
  const sortedCells = Int32Array.from(cells);
  const n = cells.length;
  const count = new Uint32Array(n);
  const levelSum = new Float64Array(n);
  const diffSum = new Float64Array(n);
  const diffCount = new Uint32Array(n);
  for (let i = 0; i < set.count; i++) {
    const c = cellOf[i] ?? -1;
    if (c < 0) continue;
    const k = slotOf(sortedCells, c);
    count[k] = (count[k] ?? 0) + 1;
    levelSum[k] = (levelSum[k] ?? 0) + (set.levelDbm[i] ?? 0);
    const d = (set.levelDbm[i] ?? NaN) - (predictedDbm?.[i] ?? NaN);
    if (Number.isFinite(d)) {
      diffSum[k] = (diffSum[k] ?? 0) + d;
      diffCount[k] = (diffCount[k] ?? 0) + 1;
    }
  }
  const meanLevelDbm = new Float32Array(n);
  const meanDiffDb = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    meanLevelDbm[k] = (levelSum[k] ?? 0) / (count[k] ?? 1);
    meanDiffDb[k] = (diffCount[k] ?? 0) > 0 ? (diffSum[k] ?? 0) / (diffCount[k] ?? 1) : NaN;
  }
  return { cells: sortedCells, count, meanLevelDbm, meanDiffDb, offGrid };
}

/** Where `cell` is in the ascending `cells` (it is there: every binned cell was listed). */
function slotOf(cells: Int32Array, cell: number): number {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cells[mid] ?? 0) < cell) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
