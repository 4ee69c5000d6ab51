/**
 * Each technology is judged in its own measure: 2G by the BCCH carrier level (RxLev), 3G by the CPICH pilot level
 * (RSCP), 4G and 5G by the reference-signal level (RSRP). A measure has its own threshold list (the values of
 * `COVERAGE_THRESHOLDS_BY_TECH`) and its own level classes for the coverage image and its legend.
 */
import type { Technology } from '../model/types';
import { COVERAGE_THRESHOLDS_BY_TECH, type CoverageThresholds } from './link-budget';

export type Measure = 'RxLev' | 'RSCP' | 'RSRP';

export const MEASURES: readonly Measure[] = ['RxLev', 'RSCP', 'RSRP'];

export const MEASURE_BY_TECH: Readonly<Record<Technology, Measure>> = { '2G': 'RxLev', '3G': 'RSCP', '4G': 'RSRP', '5G': 'RSRP' };

/** The technology whose thresholds a measure uses (4G and 5G share RSRP's). */
const TECH_OF_MEASURE: Readonly<Record<Measure, Technology>> = { RxLev: '2G', RSCP: '3G', RSRP: '4G' };

export type ThresholdKind = keyof CoverageThresholds;

export interface MeasureThreshold {
  readonly dbm: number;
  /** basicOutdoor, goodOutdoor or indoorProxy: the name of the step, for the threshold list. */
  readonly kind: ThresholdKind;
}

const THRESHOLD_KINDS: readonly ThresholdKind[] = ['basicOutdoor', 'goodOutdoor', 'indoorProxy'];

/** The thresholds offered for a measure, weakest first. */
export function measureThresholds(measure: Measure): readonly MeasureThreshold[] {
  const t = COVERAGE_THRESHOLDS_BY_TECH[TECH_OF_MEASURE[measure]];
  return THRESHOLD_KINDS.map((kind) => ({ dbm: t[kind], kind }));
}

/** The default threshold of a measure: its "good outdoor" level. */
export function defaultMeasureThresholdDbm(measure: Measure): number {
  return COVERAGE_THRESHOLDS_BY_TECH[TECH_OF_MEASURE[measure]].goodOutdoor;
}

export type LevelLabel = 'excellent' | 'good' | 'fair' | 'basic' | 'weak';

/**
 * Lower edge (dBm) of each level class per measure, strongest first; the three weakest edges are the measure's
 * indoor, good and basic thresholds in that order (RxLev and RSCP sit 10 and 5 dB above RSRP, as their thresholds do).
 */
export const LEVEL_EDGES_DBM: Readonly<Record<Measure, Readonly<Record<LevelLabel, number>>>> = {
  RxLev: { excellent: -75, good: -85, fair: -90, basic: -95, weak: -100 },
  RSCP: { excellent: -80, good: -90, fair: -95, basic: -100, weak: -105 },
  RSRP: { excellent: -85, good: -95, fair: -100, basic: -105, weak: -110 },
};
