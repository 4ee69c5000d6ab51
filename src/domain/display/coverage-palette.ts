/** Signal-level classes used by the coverage image and its legend (RSRP, dBm). */
export interface LevelClass {
  minDbm: number;
  rgba: readonly [number, number, number, number];
  labelKey: 'excellent' | 'good' | 'fair' | 'basic' | 'weak';
}

/** Ordered strongest first; a cell takes the first class whose minimum it reaches. */
export const LEVEL_CLASSES: readonly LevelClass[] = [
  { minDbm: -85, rgba: [0, 104, 55, 190], labelKey: 'excellent' },
  { minDbm: -95, rgba: [49, 163, 84, 180], labelKey: 'good' },
  { minDbm: -100, rgba: [173, 221, 142, 170], labelKey: 'fair' },
  { minDbm: -105, rgba: [254, 224, 139, 165], labelKey: 'basic' },
  { minDbm: -110, rgba: [253, 174, 97, 150], labelKey: 'weak' },
];

/** Index into LEVEL_CLASSES for a level, or −1 when it is below every class or under the threshold. */
export function levelClassIndex(levelDbm: number, thresholdDbm: number): number {
  if (levelDbm < thresholdDbm) return -1;
  for (let i = 0; i < LEVEL_CLASSES.length; i++) {
    const c = LEVEL_CLASSES[i];
    if (c && levelDbm >= c.minDbm) return i;
  }
  return -1;
}
