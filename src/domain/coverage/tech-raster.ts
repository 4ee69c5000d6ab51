import { TECHNOLOGIES, type Technology } from '../model/types';

/** Level stored in cells no site reaches. */
export const NO_SIGNAL_DBM = -200;

export type PerTech<T> = Record<Technology, T>;

/** Best-server raster of one technology, row-major from the grid's north-west corner. */
export interface TechRaster {
  tech: Technology;
  /** Best received level, dBm; NO_SIGNAL_DBM where no site's footprint reaches. */
  best: Float32Array;
  /** Index into `CoverageModel.sites` of the best server, −1 for none. */
  server: Int32Array;
  /** Coverage threshold of this technology: a cell is covered when `best` ≥ it (the best site reaches it). */
  thresholdDbm: number;
}

/** `shared`: on SharedArrayBuffers, so a helper thread can paint rows of it (see band-job). */
export function createTechRaster(tech: Technology, cells: number, thresholdDbm: number, shared = false): TechRaster {
  const buffer = (bytes: number): ArrayBuffer | SharedArrayBuffer => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const best = new Float32Array(buffer(cells * 4)).fill(NO_SIGNAL_DBM);
  return { tech, best, server: new Int32Array(buffer(cells * 4)).fill(-1), thresholdDbm };
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
