import { TECHNOLOGIES, type Technology } from '../model/types';

/** Level reported where no site reaches (a village's best level, for instance). */
export const NO_SIGNAL_DBM = -200;

/**
 * Raster levels are whole hundredths of a dB in 16 bits: −200.00 to +327.67 dBm in steps of 0.01 dB, far finer
 * than any propagation model, at 2 bytes a cell (a country at 100 m is 33M cells). Every path that paints,
 * removes or repairs a level rounds it with `levelFromDbm`, so the same site gives the same stored level.
 * Levels are rounded down and thresholds up (`thresholdLevel`), so a cell is covered exactly when its unrounded
 * level reaches a threshold given to 0.01 dB: the figures are those of unrounded levels.
 */
export const LEVELS_PER_DB = 100;
export const RASTER_BYTES_PER_CELL = Int16Array.BYTES_PER_ELEMENT;
/** The stored level of a cell no site reaches, and the floor of every stored level. */
export const NO_SIGNAL_LEVEL = NO_SIGNAL_DBM * LEVELS_PER_DB;
export const MAX_LEVEL = 0x7fff;
/** Row buffers mark cells outside a footprint's disc with this, below every stored level. */
export const OUTSIDE_LEVEL = -0x8000;

/** The stored level of a level in dBm: rounded down to 0.01 dB, below −200 dBm (or not a number) no signal. */
export function levelFromDbm(dbm: number): number {
  const level = Math.floor(dbm * LEVELS_PER_DB);
  if (!(level > NO_SIGNAL_LEVEL)) return NO_SIGNAL_LEVEL;
  return level < MAX_LEVEL ? level : MAX_LEVEL;
}

export const dbmFromLevel = (level: number): number => level / LEVELS_PER_DB;

/**
 * The smallest stored level at or above a threshold in dBm (the tolerance absorbs decimal fractions such as
 * −105.3 × 100 = −10530.000000000002). Always above no signal: a cell no site reaches is never covered, even at
 * the lowest threshold the settings allow (−200 dBm).
 */
export function thresholdLevel(dbm: number): number {
  const level = Math.ceil(dbm * LEVELS_PER_DB - 1e-6);
  return Math.min(MAX_LEVEL, Math.max(NO_SIGNAL_LEVEL + 1, level));
}

export type PerTech<T> = Record<Technology, T>;

/**
 * Best-server raster of one technology, row-major from the grid's north-west corner. It holds the best level
 * only: the serving site of a cell is the site whose footprint gives that level there, derived on demand
 * (CoverageModel.servingSite), which keeps the raster at 2 bytes a cell.
 */
export interface TechRaster {
  tech: Technology;
  /** Best received level in hundredths of a dB (see LEVELS_PER_DB); NO_SIGNAL_LEVEL where no site reaches. */
  levels: Int16Array;
  /** Coverage threshold of this technology, dBm. */
  thresholdDbm: number;
  /** The same threshold as a stored level: a cell is covered when levels[cell] ≥ it. */
  threshold: number;
}

/** `shared`: on SharedArrayBuffers, so a helper thread can paint rows of it (see band-job). */
export function createTechRaster(tech: Technology, cells: number, thresholdDbm: number, shared = false): TechRaster {
  const bytes = cells * RASTER_BYTES_PER_CELL;
  const buffer = shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  return { tech, levels: new Int16Array(buffer).fill(NO_SIGNAL_LEVEL), thresholdDbm, threshold: thresholdLevel(thresholdDbm) };
}

/** Covered cells of a raster. */
export function coveredCellCount(r: TechRaster): number {
  let n = 0;
  for (const level of r.levels) if (level >= r.threshold) n++;
  return n;
}

export function perTech<T>(make: (tech: Technology, index: number) => T): PerTech<T> {
  const out: Partial<PerTech<T>> = {};
  TECHNOLOGIES.forEach((t, i) => {
    out[t] = make(t, i);
  });
  return out as PerTech<T>;
}
