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
  /** Number of sites whose level in this technology is ≥ the threshold. */
  count: Uint16Array;
}

export function createTechRaster(tech: Technology, cells: number): TechRaster {
  const best = new Float32Array(cells).fill(NO_SIGNAL_DBM);
  return { tech, best, server: new Int32Array(cells).fill(-1), count: new Uint16Array(cells) };
}

export function perTech<T>(make: (tech: Technology, index: number) => T): PerTech<T> {
  const out: Partial<PerTech<T>> = {};
  TECHNOLOGIES.forEach((t, i) => {
    out[t] = make(t, i);
  });
  return out as PerTech<T>;
}
