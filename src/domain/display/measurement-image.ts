/**
 * The measurement layer's points, one per grid cell with samples: the mean measured level on the coverage's
 * level classes (a level below the weakest class in grey, so a weak measurement is seen, not hidden), or the mean
 * difference measured − predicted on a diverging palette (blue: stronger than predicted, red: weaker).
 */
import type { MeasurementBins } from '../measure/measurement-bins';
import type { LevelClass } from './coverage-palette';
import { unprojectXY, type GridSpec } from '../grid/equal-area-grid';

type Rgba = readonly [number, number, number, number];

export const BELOW_CLASSES_RGBA: Rgba = [90, 90, 90, 255];

export interface DiffStep {
  /** The step holds differences at or above this, dB (the first: everything below the next). */
  minDb: number;
  rgba: Rgba;
}

/** Strongest first, as the legend lists them. */
export const DIFF_STEPS: readonly DiffStep[] = [
  { minDb: 9, rgba: [33, 102, 172, 255] },
  { minDb: 3, rgba: [103, 169, 207, 255] },
  { minDb: -3, rgba: [247, 247, 247, 255] },
  { minDb: -9, rgba: [239, 138, 98, 255] },
  { minDb: -Infinity, rgba: [178, 24, 43, 255] },
];

export function diffColour(db: number): Rgba | null {
  if (!Number.isFinite(db)) return null;
  return (DIFF_STEPS.find((s) => db >= s.minDb) ?? DIFF_STEPS[DIFF_STEPS.length - 1])?.rgba ?? null;
}

export function levelColour(dbm: number, classes: readonly LevelClass[]): Rgba {
  return classes.find((c) => dbm >= c.minDbm)?.rgba ?? BELOW_CLASSES_RGBA;
}

/** The bins as points for the map: each cell's centre and colour (a cell with no colour is left out). */
/** The dots' dark rim: level dots share the coverage's colours, so over the coverage their outline sets them apart. */
export const MEASUREMENT_OUTLINE: readonly [number, number, number, number] = [24, 24, 24, 255];

export interface BinPoints {
  /** lon, lat of each point. */
  positions: Float32Array;
  /** RGBA of each point. */
  colours: Uint8Array;
  count: number;
  /** The grid's cell size, m: a point is drawn a cell wide, at least a few pixels at low zoom. */
  cellSizeM: number;
}

function points(grid: GridSpec, bins: MeasurementBins, colour: (k: number) => Rgba | null): BinPoints {
  const { nx, x0, y0, cellSizeM } = grid;
  const positions = new Float32Array(bins.cells.length * 2);
  const colours = new Uint8Array(bins.cells.length * 4);
  let n = 0;
  bins.cells.forEach((cell, k) => {
    const c = colour(k);
    if (!c) return;
    const [lon, lat] = unprojectXY(grid, x0 + ((cell % nx) + 0.5) * cellSizeM, y0 - (Math.floor(cell / nx) + 0.5) * cellSizeM);
    positions.set([lon, lat], n * 2);
    colours.set(c, n * 4);
    n++;
  });
  return { positions: positions.slice(0, n * 2), colours: colours.slice(0, n * 4), count: n, cellSizeM };
}

export function measuredLevelPoints(grid: GridSpec, bins: MeasurementBins, classes: readonly LevelClass[]): BinPoints {
  return points(grid, bins, (k) => levelColour(bins.meanLevelDbm[k] ?? NaN, classes));
}

export function differencePoints(grid: GridSpec, bins: MeasurementBins): BinPoints {
  return points(grid, bins, (k) => diffColour(bins.meanDiffDb[k] ?? NaN));
}
