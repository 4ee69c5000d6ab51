/**
 * Downlink link budget: from transmit power per resource element to the level a receiver sees.
 *   EIRP per RE = P_RE + G_ant − L_feeder + G_beamforming
 *   level       = EIRP per RE + pattern − PL − shadow margin − (indoor ? indoor loss : 0)
 * For 4G/5G the level is RSRP (per 15 kHz / 30 kHz resource element). For 2G it is the BCCH carrier level
 * (RxLev) and for 3G the CPICH level (RSCP): `txPowerPerReDbm` then holds the BCCH / CPICH power, and the
 * per-technology thresholds in `COVERAGE_THRESHOLDS_BY_TECH` apply instead of the RSRP ones.
 */
import type { Technology } from '../model/types';
import { DEFAULT_LINK_BUDGETS, type LinkBudget } from './link-budget-presets';

export type { LinkBudget };

export interface CoverageThresholds {
  readonly basicOutdoor: number;
  readonly goodOutdoor: number;
  readonly indoorProxy: number;
}

/** RSRP thresholds (dBm) for 4G/5G: basic outdoor service, good outdoor, and the usual indoor proxy. */
export const RSRP_THRESHOLDS = { basicOutdoor: -110, goodOutdoor: -105, indoorProxy: -100 } as const;

/**
 * Thresholds per technology in that technology's own measure: RxLev for 2G (−100 dBm basic is the usual GSM
 * outdoor edge), RSCP for 3G (−105 dBm basic), RSRP for 4G/5G. Steps of +5 / +10 dB as for RSRP.
 */
export const COVERAGE_THRESHOLDS_BY_TECH: Readonly<Record<Technology, CoverageThresholds>> = {
  '2G': { basicOutdoor: -100, goodOutdoor: -95, indoorProxy: -90 },
  '3G': { basicOutdoor: -105, goodOutdoor: -100, indoorProxy: -95 },
  '4G': RSRP_THRESHOLDS,
  '5G': RSRP_THRESHOLDS,
};

export function eirpPerReDbm(b: LinkBudget): number {
  return b.txPowerPerReDbm + b.antennaGainDbi - b.feederLossDb + b.beamformingGainDb;
}

export function receivedLevelDbm(b: LinkBudget, pathLossDb: number, patternDb: number, indoor: boolean): number {
  return eirpPerReDbm(b) + patternDb - pathLossDb - b.shadowMarginDb - (indoor ? b.indoorLossDb : 0);
}

function nearestBand(candidates: readonly LinkBudget[], bandMHz: number): LinkBudget | undefined {
  let best: LinkBudget | undefined;
  for (const c of candidates) {
    if (best === undefined || Math.abs(c.bandMHz - bandMHz) < Math.abs(best.bandMHz - bandMHz)) best = c;
  }
  return best;
}

/**
 * The budget for a radio: nearest band of the same technology in `budgets`; if `budgets` has none of that
 * technology, the default presets of that technology; failing that, the nearest band of any technology.
 */
export function budgetFor(
  tech: Technology,
  bandMHz: number,
  budgets: readonly LinkBudget[] = DEFAULT_LINK_BUDGETS,
): LinkBudget {
  const found =
    nearestBand(budgets.filter((b) => b.tech === tech), bandMHz) ??
    nearestBand(DEFAULT_LINK_BUDGETS.filter((b) => b.tech === tech), bandMHz) ??
    nearestBand(budgets, bandMHz) ??
    nearestBand(DEFAULT_LINK_BUDGETS, bandMHz);
  if (found === undefined) throw new Error('no link budget presets available');
  return found;
}
