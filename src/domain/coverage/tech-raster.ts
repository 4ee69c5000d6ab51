import { TECHNOLOGIES, type Technology } from '../model/types';

/** Level stored in cells no site reaches. */
export const NO_SIGNAL_DBM = -200;

export type PerTech<T> = Record<Technology, T>;

/**
 * Best-server raster of one technology, row-major from the grid's north-west corner. It holds the best level
 * only: the serving site of a cell is the site whose footprint gives that level there, derived on demand
 * (CoverageModel.servingSite), which halves the raster (a country at 100 m is 33M cells).
 */
export interface TechRaster {
  tech: Technology;
  /** Best received level, dBm; NO_SIGNAL_DBM where no site's footprint reaches. */
  best: Float32Array;
  /** Coverage threshold of this technology: a cell is covered when `best` ≥ it (the best site reaches it). */
  thresholdDbm: number;
}

/** `shared`: on SharedArrayBuffers, so a helper thread can paint rows of it (see band-job). */
export function createTechRaster(tech: Technology, cells: number, thresholdDbm: number, shared = false): TechRaster {
  const buffer = (bytes: number): ArrayBuffer | SharedArrayBuffer => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  return { tech, best: new Float32Array(buffer(cells * 4)).fill(NO_SIGNAL_DBM), thresholdDbm };
}

/** Covered cells of a raster. */
export function coveredCellCount(r: TechRaster): number {
  let n = 0;
  for (const level of r.best) if (level >= r.thresholdDbm) n++;
  return n;
}

export function perTech<T>(make: (tech: Technology, index: number) => T): PerTech<T> {
  const out: Partial<PerTech<T>> = {};
  TECHNOLOGIES.forEach((t, i) => {
    out[t] = make(t, i);
  });
  return out as PerTech<T>;
}
