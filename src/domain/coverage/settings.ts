import type { Clutter, Technology } from '../model/types';
import { COVERAGE_THRESHOLDS_BY_TECH, DEFAULT_LINK_BUDGETS, RSRP_THRESHOLDS, type LinkBudget } from '../radio';

export interface CoverageSettings {
  /** Grid cell edge, metres: 100 by default, 50 for finer work. */
  cellSizeM: number;
  /** RSRP threshold (4G/5G); 2G RxLev and 3G RSCP thresholds follow it with their usual offsets, see techThresholdDbm. */
  thresholdDbm: number;
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

/**
 * The threshold applied to a technology. 2G and 3G levels are BCCH RxLev and CPICH RSCP, not RSRP, so the
 * RSRP threshold is shifted by the gap between that technology's and RSRP's "good outdoor" thresholds.
 */
export function techThresholdDbm(rsrpThresholdDbm: number, tech: Technology): number {
  return rsrpThresholdDbm + COVERAGE_THRESHOLDS_BY_TECH[tech].goodOutdoor - RSRP_THRESHOLDS.goodOutdoor;
}
