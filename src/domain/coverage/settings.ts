import type { Clutter, Technology } from '../model/types';
import { DEFAULT_LINK_BUDGETS, RSRP_THRESHOLDS, type LinkBudget } from '../radio';
import { defaultMeasureThresholdDbm, MEASURE_BY_TECH, type Measure } from '../radio/measures';

export interface CoverageSettings {
  /** Grid cell edge, metres: 100 by default, 50 for finer work. */
  cellSizeM: number;
  /** RSRP threshold of 4G and 5G, dBm. */
  thresholdDbm: number;
  /** 2G coverage threshold in RxLev, dBm; absent: RxLev's "good outdoor" level (see techThresholdDbm). */
  thresholdRxLevDbm?: number;
  /** 3G coverage threshold in pilot RSCP, dBm; absent: RSCP's "good outdoor" level. */
  thresholdRscpDbm?: number;
  /** A village is covered when at least this share of its cells is covered. */
  villageCoveredShare: number;
  /** Subtract the budget's indoor penetration loss. */
  indoor: boolean;
  ftthDistanceM: number;
  budgets: readonly LinkBudget[];
  /** Unit code → clutter, replacing `unit.clutter` when picking the propagation model of the sites in it. */
  clutterOverrides: Readonly<Record<string, Clutter>>;
  /**
   * Site id → clutter, taking precedence over the unit's: keeps each site's propagation model when figures are
   * recomputed on another boundary set (a merged unit has one clutter where its parts had several).
   */
  siteClutterOverrides?: Readonly<Record<string, Clutter>>;
  /**
   * Technologies to compute (rasters, footprints, figures). The ministry's indicators are 4G/5G; 2G/3G
   * footprints reach 8–15 km, so they are computed only when asked for.
   */
  techs: readonly Technology[];
  /** False switches the terrain term off where the dataset has an elevation layer (to compare); default on. */
  terrain?: boolean;
  /** Offsets fitted to measurements (measure/calibration-fit), added to every level at the receiver. */
  calibration?: Calibration;
}

/** A calibration as the engine applies it: level += offsetsDb[class code] + slope · (log10 d − log10RefM). */
export interface Calibration {
  /** By land-cover class code (0: unknown, or no land-cover layer), dB; missing codes are 0. */
  offsetsDb: readonly number[];
  slopeDbPerDecade: number | null;
  log10RefM: number;
  /** What every figure then says: "calibrated with N samples, RMSE x dB" (held out). */
  samples: number;
  heldOutRmseDb: number;
}

export const DEFAULT_COVERAGE_SETTINGS: CoverageSettings = {
  cellSizeM: 100,
  thresholdDbm: RSRP_THRESHOLDS.goodOutdoor,
  villageCoveredShare: 0.5,
  indoor: false,
  ftthDistanceM: 500,
  budgets: DEFAULT_LINK_BUDGETS,
  clutterOverrides: {},
  techs: ['4G', '5G'],
};

/** The thresholds of the three measures, as settings carry them. */
export type MeasureThresholdSettings = Pick<CoverageSettings, 'thresholdDbm' | 'thresholdRxLevDbm' | 'thresholdRscpDbm'>;

/** The threshold of one measure in the settings, dBm (RxLev and RSCP default to their "good outdoor" level). */
export function measureThresholdDbm(s: MeasureThresholdSettings, measure: Measure): number {
  switch (measure) {
    case 'RSRP': return s.thresholdDbm;
    case 'RxLev': return s.thresholdRxLevDbm ?? defaultMeasureThresholdDbm('RxLev');
    case 'RSCP': return s.thresholdRscpDbm ?? defaultMeasureThresholdDbm('RSCP');
  }
}

/**
 * The threshold applied to a technology, in its own measure: 2G levels are BCCH RxLev and are judged at the RxLev
 * threshold, 3G levels are CPICH RSCP judged at the RSCP threshold, 4G and 5G at the RSRP threshold.
 */
export function techThresholdDbm(s: MeasureThresholdSettings, tech: Technology): number {
  return measureThresholdDbm(s, MEASURE_BY_TECH[tech]);
}

/** The settings with one measure's threshold replaced. */
export function withMeasureThreshold<S extends MeasureThresholdSettings>(s: S, measure: Measure, dbm: number): S {
  switch (measure) {
    case 'RSRP': return { ...s, thresholdDbm: dbm };
    case 'RxLev': return { ...s, thresholdRxLevDbm: dbm };
    case 'RSCP': return { ...s, thresholdRscpDbm: dbm };
  }
}
