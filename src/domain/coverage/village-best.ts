/**
 * Best stored level and serving site per village and technology (max over the village's cells). Painting raises it
 * in place (a strictly higher cell level is the new unique max); only villages whose max may have dropped
 * (their best server was removed) or tied are flagged in `scan` and re-scanned. `dirty` flags villages whose
 * figures must be rebuilt (best or covered cells changed). A re-scan finds the village's best cell in the
 * rasters and asks `servingSlot` which site gives that level there (the rasters hold levels only).
 */
import { NO_SIGNAL_LEVEL, type TechRaster } from './tech-raster';
import type { LabelGrids } from './label-grids';

export class VillageBest {
  readonly best: Int16Array[];
  readonly server: Int32Array[];

  /** Villages whose max must be re-scanned from the rasters. */
  readonly scan: Uint8Array;

  constructor(
    private readonly labels: LabelGrids,
    private readonly dirty: Uint8Array,
    techs: number,
    /** Slot of the site serving `cell` in technology index `t`, −1 for none. */
    private readonly servingSlot: (t: number, cell: number) => number,
  ) {
    const n = dirty.length;
    dirty.fill(1);
    this.scan = new Uint8Array(n).fill(1);
    this.best = Array.from({ length: techs }, () => new Int16Array(n).fill(NO_SIGNAL_LEVEL));
    this.server = Array.from({ length: techs }, () => new Int32Array(n).fill(-1));
  }

  /** Re-reads the dirty villages (rasters by technology index, null when not computed); returns them. */
  refresh(rasters: readonly (TechRaster | null)[]): number[] {
    const { villageStart } = this.labels;
    const refreshed: number[] = [];
    for (let v = 0; v < this.dirty.length; v++) {
      // A cell-less village reads its probe cell, which is labelled with another village: always re-read it.
      const cellLess = villageStart[v] === villageStart[v + 1];
      if (this.dirty[v] !== 1 && this.scan[v] !== 1 && !cellLess) continue;
      if (this.scan[v] === 1 || cellLess) {
        rasters.forEach((raster, t) => {
          if (raster) this.rescan(raster, t, v);
        });
      }
      this.dirty[v] = 0;
      this.scan[v] = 0;
      refreshed.push(v);
    }
    return refreshed;
  }

  private rescan(raster: TechRaster, t: number, v: number): void {
    const { villageStart, villageCells, villageProbe } = this.labels;
    const from = villageStart[v] ?? 0;
    const to = villageStart[v + 1] ?? 0;
    const best = raster.levels;
    let bestLevel = NO_SIGNAL_LEVEL;
    let bestCell = -1;
    const probe = villageProbe[v] ?? -1;
    if (from === to && probe >= 0) {
      bestLevel = best[probe] ?? NO_SIGNAL_LEVEL;
      bestCell = probe;
    }
    for (let k = from; k < to; k++) {
      const cell = villageCells[k] ?? 0;
      const level = best[cell] ?? NO_SIGNAL_LEVEL;
      if (level > bestLevel) {
        bestLevel = level;
        bestCell = cell;
      }
    }
    const b = this.best[t];
    const s = this.server[t];
    if (b) b[v] = bestLevel;
    if (s) s[v] = bestLevel > NO_SIGNAL_LEVEL && bestCell >= 0 ? this.servingSlot(t, bestCell) : -1;
  }

  /** The site in slot `from` now lives in slot `to`. */
  relabel(from: number, to: number): void {
    this.server.forEach((servers) => {
      for (let v = 0; v < servers.length; v++) {
        if (servers[v] !== from) continue;
        servers[v] = to;
        this.dirty[v] = 1;
      }
    });
  }
}
