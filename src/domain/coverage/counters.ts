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
    this.unitCells = labels.unitCells;
    this.unitOpenCells = labels.unitOpenCells;
    this.villageCells = new Int32Array(villages);
    this.unitDirty = new Uint8Array(units).fill(1);
    for (let v = 0; v < villages; v++) this.villageCells[v] = (labels.villageStart[v + 1] ?? 0) - (labels.villageStart[v] ?? 0);
    this.unitCovered = TECHNOLOGIES.map(() => new Int32Array(units));
    this.unitOpenCovered = TECHNOLOGIES.map(() => new Int32Array(units));
    this.villageCovered = TECHNOLOGIES.map(() => new Int32Array(villages));
  }

  /** Adds every covered cell (level ≥ threshold, both stored levels) in [cellFrom, cellTo) of a raster painted without `change` calls. */
  countFrom(techIndex: number, levels: Int16Array, threshold: number, cellFrom = 0, cellTo = levels.length): void {
    const into = this.countsOf(techIndex);
    if (into) countCovered(levels, threshold, this.labels, cellFrom, cellTo, into);
    this.unitDirty.fill(1);
    this.villageDirty.fill(1);
  }

  /** Adds counts made elsewhere (another thread's rows) to technology `techIndex`. */
  addCounts(techIndex: number, counts: CoveredCounts): void {
    const into = this.countsOf(techIndex);
    if (!into) return;
    addInto(into.unit, counts.unit);
    addInto(into.unitOpen, counts.unitOpen);
    addInto(into.village, counts.village);
    this.unitDirty.fill(1);
    this.villageDirty.fill(1);
  }

  private countsOf(techIndex: number): CoveredCounts | null {
    const unit = this.unitCovered[techIndex];
    const unitOpen = this.unitOpenCovered[techIndex];
    const village = this.villageCovered[techIndex];
    return unit && unitOpen && village ? { unit, unitOpen, village } : null;
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

/** Covered cells by unit, by unit outside every village ("open"), and by village. */
export interface CoveredCounts {
  unit: Int32Array;
  unitOpen: Int32Array;
  village: Int32Array;
}

/** Adds the covered cells (level ≥ threshold, both stored levels) among [cellFrom, cellTo) to `into`. */
export function countCovered(
  levels: Int16Array, threshold: number, labels: Pick<LabelGrids, 'unit' | 'village'>, cellFrom: number, cellTo: number, into: CoveredCounts,
): void {
  const { unit, village } = labels;
  const { unit: unitCovered, unitOpen: unitOpenCovered, village: villageCovered } = into;
  for (let cell = cellFrom; cell < cellTo; cell++) {
    if (!((levels[cell] ?? -Infinity) >= threshold)) continue;
    const u = unit[cell] ?? -1;
    const v = village[cell] ?? -1;
    if (u >= 0) {
      unitCovered[u] = (unitCovered[u] ?? 0) + 1;
      if (v < 0) unitOpenCovered[u] = (unitOpenCovered[u] ?? 0) + 1;
    }
    if (v >= 0) villageCovered[v] = (villageCovered[v] ?? 0) + 1;
  }
}

function addInto(a: Int32Array, b: Int32Array): void {
  for (let i = 0; i < a.length; i++) a[i] = (a[i] ?? 0) + (b[i] ?? 0);
}

function bump(a: Int32Array | undefined, i: number, delta: number): void {
  if (a) a[i] = (a[i] ?? 0) + delta;
}
