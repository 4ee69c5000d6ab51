/**
 * Paints footprints into one technology's raster and keeps the covered-cell counters in step. A cell is covered
 * when its best level reaches the threshold, so only a change of best can cover or uncover it.
 * Adding raises best where the new level is higher (covering the cell if it now reaches the threshold).
 * Removing clears every cell whose best is the site's own level there (the cells it serves, and any where another
 * site ties it); those cells are then repaired by re-painting, restricted to them, every other site whose
 * footprint overlaps (found through the site index): the max over the remaining sites is exact (the footprint's
 * tables are kept, so levels are identical), and a cell that was covered and is no longer is uncounted when the
 * repair finishes.
 */
import { NO_SIGNAL_LEVEL, OUTSIDE_LEVEL, type TechRaster } from './tech-raster';
import type { CoverageCounters } from './counters';
import type { LabelArray } from './label-grids';
import { footprintLevelAt, footprintRow, type RowSpan } from './footprint-levels';
import type { SectorPickCache } from './sector-pick';
import type { TechFootprint } from './site-footprint';
import { paintBulk } from './bulk-paint';

/** Cell window [row0, row1) × [col0, col1). */
export interface CellWindow { row0: number; row1: number; col0: number; col1: number }

export interface PainterShared {
  cellSizeM: number;
  stepM: number;
  nx: number;
  counters: CoverageCounters;
  villageLabel: LabelArray;
  /** Villages whose figures (best level, server or covered cells) may have changed since figures last looked. */
  villageDirty: Uint8Array;
  /** Villages whose best level must be re-scanned (see VillageBest). */
  villageScan: Uint8Array;
  /** Cells awaiting repair (REPAIR, or REPAIR_COVERED when covered before); empty until the first removal. */
  repairMask: Uint8Array;
  cells: number;
  picks: SectorPickCache;
  /** Row buffer of footprintRow's stored levels. */
  row: Int16Array;
}

const REPAIR = 1;
const REPAIR_COVERED = 2;

export class FootprintPainter {
  private repairCells: number[] = [];
  private readonly span: RowSpan = { c0: 0, c1: 0 };

  constructor(
    readonly raster: TechRaster,
    private readonly techIndex: number,
    private readonly s: PainterShared,
    /** This technology's row of VillageBest: best stored level and serving slot by village. */
    private readonly villageBest: Int16Array,
    private readonly villageServer: Int32Array,
  ) {}

  private rowBuffer(fp: TechFootprint): Int16Array {
    const width = Math.max(0, fp.col1 - fp.col0);
    if (this.s.row.length < width) this.s.row = new Int16Array(width * 2);
    return this.s.row;
  }

  add(fp: TechFootprint, slot: number): void {
    const best = this.raster.levels;
    const { nx, counters, villageLabel, villageDirty, cellSizeM, stepM } = this.s;
    const threshold = this.raster.threshold;
    const techIndex = this.techIndex;
    const villageScan = this.s.villageScan;
    const vBest = this.villageBest;
    const vServer = this.villageServer;
    const out = this.rowBuffer(fp);
    const pick = this.s.picks.get(fp.pickKey, fp);
    const span = this.span;
    for (let r = fp.row0; r < fp.row1; r++) {
      footprintRow(fp, pick, cellSizeM, stepM, r, out, span);
      const base = r * nx + span.c0;
      const n = span.c1 - span.c0;
      for (let k = 0; k < n; k++) {
        const level = out[k] ?? OUTSIDE_LEVEL;
        const cell = base + k;
        const old = best[cell] ?? 0;
        if (level > old) {
          best[cell] = level;
          if (old < threshold && level >= threshold) counters.change(techIndex, cell, 1);
          const v = villageLabel[cell] ?? -1;
          if (v >= 0) {
            const vb = vBest[v] ?? 0;
            if (level > vb) {
              vBest[v] = level;
              vServer[v] = slot;
              villageDirty[v] = 1;
            } else if (level === vb) {
              villageScan[v] = 1;
            }
          }
        } else if (level === old && level > NO_SIGNAL_LEVEL) {
          // A tie at the village's best cell: which of the tied sites serves it is settled by the re-scan.
          const v = villageLabel[cell] ?? -1;
          if (v >= 0 && vBest[v] === level) villageScan[v] = 1;
        }
      }
    }
  }

  /**
   * `add` for a bulk load, over rows [rowFrom, rowTo) only: levels. The caller then counts covered cells
   * once (CoverageCounters.countFrom), and every village is re-scanned on the first figures anyway.
   */
  addBulk(fp: TechFootprint, rowFrom = 0, rowTo = Infinity): void {
    const { nx, cellSizeM, stepM } = this.s;
    paintBulk({ levels: this.raster.levels, nx, cellSizeM, stepM }, fp, this.s.picks.get(fp.pickKey, fp), rowFrom, rowTo);
  }

  /** Removes the footprint and returns the window of cells left needing repair (null when none). */
  remove(fp: TechFootprint, slot: number): CellWindow | null {
    const { levels: best, threshold } = this.raster;
    if (this.s.repairMask.length === 0) this.s.repairMask = new Uint8Array(this.s.cells);
    const { nx, villageLabel, villageScan, repairMask, cellSizeM, stepM } = this.s;
    const vServer = this.villageServer;
    const out = this.rowBuffer(fp);
    const pick = this.s.picks.get(fp.pickKey, fp);
    const span = this.span;
    const noSignal = NO_SIGNAL_LEVEL;
    const w = { row0: Infinity, row1: -Infinity, col0: Infinity, col1: -Infinity };
    for (let r = fp.row0; r < fp.row1; r++) {
      footprintRow(fp, pick, cellSizeM, stepM, r, out, span);
      for (let k = 0, c = span.c0, cell = r * nx + c; c < span.c1; c++, cell++, k++) {
        const level = out[k] ?? OUTSIDE_LEVEL;
        if (level <= noSignal || level !== best[cell]) continue;
        repairMask[cell] = level >= threshold ? REPAIR_COVERED : REPAIR;
        best[cell] = noSignal;
        this.repairCells.push(cell);
        const v = villageLabel[cell] ?? -1;
        // The village max drops only if this site held it; repair cannot raise a cell above its old level.
        if (v >= 0 && vServer[v] === slot) villageScan[v] = 1;
        if (r < w.row0) w.row0 = r;
        if (r >= w.row1) w.row1 = r + 1;
        if (c < w.col0) w.col0 = c;
        if (c >= w.col1) w.col1 = c + 1;
      }
    }
    return this.repairCells.length > 0 ? w : null;
  }

  /** Re-offers another site's levels to the cells cleared by `remove`, within `w`; only those cells are evaluated. */
  repairFrom(fp: TechFootprint, w: CellWindow): void {
    const row0 = Math.max(w.row0, fp.row0);
    const row1 = Math.min(w.row1, fp.row1);
    const col0 = Math.max(w.col0, fp.col0);
    const col1 = Math.min(w.col1, fp.col1);
    if (row0 >= row1 || col0 >= col1) return;
    const best = this.raster.levels;
    const { nx, repairMask, cellSizeM, stepM } = this.s;
    // Scattered repair cells can span a wide window: walk the list instead when it is the shorter.
    if (this.repairCells.length < (row1 - row0) * (col1 - col0)) {
      for (const cell of this.repairCells) {
        const r = (cell / nx) | 0;
        const c = cell - r * nx;
        if (r < row0 || r >= row1 || c < col0 || c >= col1) continue;
        const level = footprintLevelAt(fp, cellSizeM, stepM, r, c);
        if (level > (best[cell] ?? 0)) best[cell] = level;
      }
      return;
    }
    for (let r = row0; r < row1; r++) {
      for (let c = col0, cell = r * nx + c; c < col1; c++, cell++) {
        if (repairMask[cell] === 0) continue;
        const level = footprintLevelAt(fp, cellSizeM, stepM, r, c);
        if (level > (best[cell] ?? 0)) best[cell] = level;
      }
    }
  }

  /** Uncounts the repaired cells that were covered and no longer are, and clears the repair list. */
  finishRepair(): void {
    const { repairMask, counters } = this.s;
    const { levels, threshold } = this.raster;
    for (const cell of this.repairCells) {
      if (repairMask[cell] === REPAIR_COVERED && (levels[cell] ?? 0) < threshold) counters.change(this.techIndex, cell, -1);
      repairMask[cell] = 0;
    }
    this.repairCells = [];
  }
}
