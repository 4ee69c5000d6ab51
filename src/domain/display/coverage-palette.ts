import { LEVEL_EDGES_DBM, MEASURE_BY_TECH, type LevelLabel, type Measure } from '../radio/measures';
import type { Technology } from '../model/types';

/** Signal-level classes used by the coverage image and its legend, in one measure (RxLev, RSCP or RSRP), dBm. */
export interface LevelClass {
  minDbm: number;
  rgba: readonly [number, number, number, number];
  labelKey: LevelLabel;
}

const COLOURS: readonly (readonly [LevelLabel, readonly [number, number, number, number]])[] = [
  ['excellent', [0, 104, 55, 190]],
  ['good', [49, 163, 84, 180]],
  ['fair', [173, 221, 142, 170]],
  ['basic', [254, 224, 139, 165]],
  ['weak', [253, 174, 97, 150]],
];

/**
 * The print's greyscale-safe ramp: one hue, opaque, its Rec. 601 luma from 88 (strongest) to 214 in steps of about
 * 31, so each class stays 25 or more apart from its neighbours and from the bare land on a photocopy, also at the
 * coverage layer's 85 % opacity; the strongest is not so dark that labels and symbols on it are lost.
 */
const GREYSCALE_COLOURS: typeof COLOURS = [
  ['excellent', [50, 90, 175, 255]],
  ['good', [85, 120, 200, 255]],
  ['fair', [125, 152, 220, 255]],
  ['basic', [164, 184, 234, 255]],
  ['weak', [198, 216, 244, 255]],
];

/** The colours a printed map is drawn in: the screen's, or a ramp and set that stay apart on a photocopy. */
export type Palette = 'colour' | 'greyscale';

/** A measure's classes, strongest first; a cell takes the first class whose minimum it reaches. */
export function measureLevelClasses(measure: Measure, palette: Palette = 'colour'): readonly LevelClass[] {
  return (palette === 'greyscale' ? GREYSCALE_COLOURS : COLOURS).map(([labelKey, rgba]) => ({ minDbm: LEVEL_EDGES_DBM[measure][labelKey], rgba, labelKey }));
}

const byMeasure = (palette: Palette): Readonly<Record<Measure, readonly LevelClass[]>> => ({
  RxLev: measureLevelClasses('RxLev', palette),
  RSCP: measureLevelClasses('RSCP', palette),
  RSRP: measureLevelClasses('RSRP', palette),
});
const BY_PALETTE: Readonly<Record<Palette, Readonly<Record<Measure, readonly LevelClass[]>>>> = { colour: byMeasure('colour'), greyscale: byMeasure('greyscale') };
const BY_MEASURE = BY_PALETTE.colour;

/** The classes a technology's coverage is drawn with: 2G on RxLev, 3G on RSCP, 4G/5G on RSRP. */
export function levelClassesFor(tech: Technology, palette: Palette = 'colour'): readonly LevelClass[] {
  return BY_PALETTE[palette][MEASURE_BY_TECH[tech]];
}

/** RSRP classes (4G/5G). */
export const LEVEL_CLASSES: readonly LevelClass[] = BY_MEASURE.RSRP;

/** Index into `classes` for a level, or −1 when it is below every class or under the threshold. */
export function levelClassIndex(levelDbm: number, thresholdDbm: number, classes: readonly LevelClass[] = LEVEL_CLASSES): number {
  if (levelDbm < thresholdDbm) return -1;
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    if (c && levelDbm >= c.minDbm) return i;
  }
  return -1;
}
