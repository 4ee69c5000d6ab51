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

/** A measure's classes, strongest first; a cell takes the first class whose minimum it reaches. */
export function measureLevelClasses(measure: Measure): readonly LevelClass[] {
  return COLOURS.map(([labelKey, rgba]) => ({ minDbm: LEVEL_EDGES_DBM[measure][labelKey], rgba, labelKey }));
}

const BY_MEASURE: Readonly<Record<Measure, readonly LevelClass[]>> = {
  RxLev: measureLevelClasses('RxLev'),
  RSCP: measureLevelClasses('RSCP'),
  RSRP: measureLevelClasses('RSRP'),
};

/** The classes a technology's coverage is drawn with: 2G on RxLev, 3G on RSCP, 4G/5G on RSRP. */
export function levelClassesFor(tech: Technology): readonly LevelClass[] {
  return BY_MEASURE[MEASURE_BY_TECH[tech]];
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
