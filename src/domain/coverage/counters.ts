/**
 * Covered-cell counters per technology, maintained as cells cross 0 ↔ 1 covering sites, so figures are
 * O(units + villages) after any edit. "Open" cells are unit cells outside every village: the unit's population
 * not attributed to villages is spread uniformly over them.
 */
import { TECHNOLOGIES } from '../model/types';
import type { LabelGrids } from './label-grids';

export class CoverageCounters {
  readonly unitCells: Int32Array;
  readonly unitOpenCells: Int32Array;
  readonly villageCells: Int32Array;
  /** Per technology index (TECHNOLOGIES order). */
  readonly unitCovered: Int32Array[];
  readonly unitOpenCovered: Int32Array[];
  readonly villageCovered: Int32Array[];
  /** Units whose covered counts changed since figures last looked. */
  readonly unitDirty: Uint8Array;

  constructor(private readonly labels: LabelGrids, units: number, villages: number, private readonly villageDirty: Uint8Array) {
    this.unitCells = new Int32Array(units);
    this.unitOpenCells = new Int32Array(units);
    this.villageCells = new Int32Array(villages);
    this.unitDirty = new Uint8Array(units).fill(1);
    for (let v = 0; v < villages; v++) this.villageCells[v] = (labels.villageStart[v + 1] ?? 0) - (labels.villageStart[v] ?? 0);
    const { unit, village } = labels;
    for (let c = 0; c < unit.length; c++) {
      const u = unit[c] ?? -1;
      if (u < 0) continue;
      this.unitCells[u] = (this.unitCells[u] ?? 0) + 1;
      if ((village[c] ?? -1) < 0) this.unitOpenCells[u] = (this.unitOpenCells[u] ?? 0) + 1;
    }
    this.unitCovered = TECHNOLOGIES.map(() => new Int32Array(units));
    this.unitOpenCovered = TECHNOLOGIES.map(() => new Int32Array(units));
    this.villageCovered = TECHNOLOGIES.map(() => new Int32Array(villages));
  }

  /** Adds every covered cell (best ≥ threshold) of a raster painted without `change` calls, in one pass. */
  countFrom(techIndex: number, best: Float32Array, thresholdDbm: number): void {
    const unitCovered = this.unitCovered[techIndex];
    const unitOpenCovered = this.unitOpenCovered[techIndex];
    const villageCovered = this.villageCovered[techIndex];
    if (!unitCovered || !unitOpenCovered || !villageCovered) return;
    const { unit, village } = this.labels;
    for (let cell = 0; cell < best.length; cell++) {
      if (!((best[cell] ?? -Infinity) >= thresholdDbm)) continue;
      const u = unit[cell] ?? -1;
      const v = village[cell] ?? -1;
      if (u >= 0) {
        unitCovered[u] = (unitCovered[u] ?? 0) + 1;
        if (v < 0) unitOpenCovered[u] = (unitOpenCovered[u] ?? 0) + 1;
      }
      if (v >= 0) villageCovered[v] = (villageCovered[v] ?? 0) + 1;
    }
    this.unitDirty.fill(1);
    this.villageDirty.fill(1);
  }

  /** A cell became covered (+1) or uncovered (−1) in technology `techIndex`. */
  change(techIndex: number, cell: number, delta: 1 | -1): void {
    const u = this.labels.unit[cell] ?? -1;
    const v = this.labels.village[cell] ?? -1;
    if (u >= 0) {
      this.unitDirty[u] = 1;
      bump(this.unitCovered[techIndex], u, delta);
      if (v < 0) bump(this.unitOpenCovered[techIndex], u, delta);
    }
    if (v >= 0) {
      bump(this.villageCovered[techIndex], v, delta);
      this.villageDirty[v] = 1;
    }
  }
}

function bump(a: Int32Array | undefined, i: number, delta: number): void {
  if (a) a[i] = (a[i] ?? 0) + delta;
}
