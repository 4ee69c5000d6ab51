/**
 * Default downlink link budgets for the bands used by Vietnamese operators. Assumptions (typical vendor macro
 * values; every planner can override them):
 * - Power per RE = total power per antenna port − 10·log10(number of subcarriers). LTE: 12 subcarriers per
 *   PRB, e.g. 20 MHz = 100 PRB = 1200 RE, 46 dBm (40 W) per port → 46 − 30.79 = 15.2 dBm.
 *   NR n78: 100 MHz at 30 kHz SCS = 273 PRB = 3276 RE, 200 W (53.0 dBm) AAU → 53.0 − 35.2 = 17.9 dBm.
 * - 2G: BCCH TRX 40 W (46 dBm) less ~3 dB combiner = 43 dBm at the cabinet, 900 MHz feeder + jumpers 3 dB.
 *   3G: 20 W carrier (43 dBm), CPICH at 10 % → 33 dBm.
 * - Antennas: low-band (700/900) panels ~15.5–16 dBi, mid-band (1800–2600) ~18 dBi; RRU on the tower so
 *   feeder/jumper loss 0.5 dB for 4G, 1 dB for 3G; 5G AAU has no feeder.
 * - 5G 64T64R AAU: 17 dBi broadcast envelope + 8 dB beamforming ≈ 25 dBi traffic-beam gain.
 * - Shadow margin (≈ 75 % edge probability with σ ≈ 8–12 dB): 6 dB below 1 GHz, 7 dB mid-band, 8 dB at 3.5 GHz.
 * - Indoor (building penetration) loss grows with frequency: 15 dB below 1 GHz, 17 dB at 1.8/2.1, 18 dB at
 *   2.6, 20 dB at 3.5 GHz.
 * - Mobile at 1.5 m.
 */
import type { Technology } from '../model/types';

/** One band's downlink budget (the shape `link-budget.ts` computes levels from). */
export interface LinkBudget {
  tech: Technology;
  bandMHz: number;
  label: string;
  /** Power per resource element (RSRP reference); BCCH carrier power for 2G, CPICH power for 3G. */
  txPowerPerReDbm: number;
  antennaGainDbi: number;
  feederLossDb: number;
  beamformingGainDb: number;
  shadowMarginDb: number;
  indoorLossDb: number;
  mobileHeightM: number;
}

const MOBILE_HEIGHT_M = 1.5;

/** Power per resource element (or per reference channel) from a total power in watts shared by `count` REs. */
export function powerPerReDbm(totalWatts: number, count: number): number {
  return 10 * Math.log10(totalWatts * 1000) - 10 * Math.log10(count);
}

function preset(
  tech: Technology,
  bandMHz: number,
  label: string,
  txPowerPerReDbm: number,
  antennaGainDbi: number,
  feederLossDb: number,
  beamformingGainDb: number,
  shadowMarginDb: number,
  indoorLossDb: number,
): LinkBudget {
  return {
    tech,
    bandMHz,
    label,
    txPowerPerReDbm,
    antennaGainDbi,
    feederLossDb,
    beamformingGainDb,
    shadowMarginDb,
    indoorLossDb,
    mobileHeightM: MOBILE_HEIGHT_M,
  };
}

export const DEFAULT_LINK_BUDGETS: readonly LinkBudget[] = [
  preset('2G', 900, '2G GSM 900 (BCCH 20 W at cabinet)', powerPerReDbm(20, 1), 16, 3, 0, 6, 15),
  preset('3G', 2100, '3G UMTS 2100 (CPICH 2 W of 20 W)', powerPerReDbm(2, 1), 18, 1, 0, 7, 17),
  preset('4G', 700, '4G B28 700 (10 MHz, 40 W)', powerPerReDbm(40, 600), 15.5, 0.5, 0, 6, 15),
  preset('4G', 900, '4G B8 900 (5 MHz, 20 W)', powerPerReDbm(20, 300), 16, 0.5, 0, 6, 15),
  preset('4G', 1800, '4G B3 1800 (20 MHz, 40 W)', powerPerReDbm(40, 1200), 18, 0.5, 0, 7, 17),
  preset('4G', 2100, '4G B1 2100 (10 MHz, 20 W)', powerPerReDbm(20, 600), 18, 0.5, 0, 7, 17),
  preset('4G', 2600, '4G B7 2600 (20 MHz, 40 W)', powerPerReDbm(40, 1200), 18, 0.5, 0, 7, 18),
  preset('5G', 3500, '5G n78 3500 (100 MHz, 200 W, 64T64R)', powerPerReDbm(200, 3276), 17, 0, 8, 8, 20),
];
