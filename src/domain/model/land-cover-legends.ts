/**
 * Legends of classified land-cover rasters: which raster value is which of the model's eight classes. A value a
 * legend does not name is unknown (code 0). Shrubland and shrub/scrub go to cropland: vegetation 1–5 m high, nearer
 * the plantations that cropland stands for here than open grass; wetland and moss are low and go to open.
 */
import { LAND_COVER_CLASSES, landCoverCode, type LandCoverClass } from './land-cover';

export type LandCoverLegendId = 'worldcover' | 'dynamic-world' | 'phusong';

export const LAND_COVER_LEGEND_IDS: readonly LandCoverLegendId[] = ['worldcover', 'dynamic-world', 'phusong'];

/** ESA WorldCover 10 m (v100/v200) map codes; 0 is its no-data. */
const WORLDCOVER = new Map<number, LandCoverClass>([
  [10, 'forest'], [20, 'cropland'], [30, 'open'], [40, 'cropland'], [50, 'urban'], [60, 'open'],
  [70, 'open'], [80, 'water'], [90, 'open'], [95, 'forest'], [100, 'open'],
]);

/** Google Dynamic World `label` band, 0–8. */
const DYNAMIC_WORLD = new Map<number, LandCoverClass>([
  [0, 'water'], [1, 'forest'], [2, 'open'], [3, 'open'], [4, 'cropland'], [5, 'cropland'], [6, 'urban'], [7, 'open'], [8, 'open'],
]);

/** PhuSong's own codes: 1–8 in LAND_COVER_CLASSES order (0 unknown). */
const PHUSONG = new Map<number, LandCoverClass>(LAND_COVER_CLASSES.map((c) => [landCoverCode(c), c]));

const LEGENDS: Readonly<Record<LandCoverLegendId, ReadonlyMap<number, LandCoverClass>>> = {
  worldcover: WORLDCOVER, 'dynamic-world': DYNAMIC_WORLD, phusong: PHUSONG,
};

/** The class a legend gives a raster value, or null (unknown). */
export function legendClass(legend: LandCoverLegendId, value: number): LandCoverClass | null {
  return LEGENDS[legend].get(value) ?? null;
}

/** The legend's value → class pairs, in value order (for a table of the legend). */
export function legendEntries(legend: LandCoverLegendId): [number, LandCoverClass][] {
  return [...LEGENDS[legend]].sort((a, b) => a[0] - b[0]);
}

/** WorldCover's own no-data value (0), not a class: ignored when guessing. */
const WORLDCOVER_NODATA = 0;

/** The value a legend itself uses for no data (taken when the file declares none), or null. */
export function legendNoData(legend: LandCoverLegendId): number | null {
  return legend === 'worldcover' ? WORLDCOVER_NODATA : null;
}

/**
 * The legend the raster's values (no-data left out) most likely follow, or null when they fit none: WorldCover when
 * every value is one of its codes and one is 10 or more; else, values within 0–8, Dynamic World when 0 is among them
 * (its water) and PhuSong's codes when it is not (PhuSong's 0 is unknown, seldom written). The user can pick another.
 */
export function guessLegend(values: readonly number[]): LandCoverLegendId | null {
  if (values.length === 0) return null;
  if (values.some((v) => v >= 10) && values.every((v) => v === WORLDCOVER_NODATA || WORLDCOVER.has(v))) return 'worldcover';
  if (values.every((v) => DYNAMIC_WORLD.has(v))) return values.includes(0) ? 'dynamic-world' : 'phusong';
  return null;
}
