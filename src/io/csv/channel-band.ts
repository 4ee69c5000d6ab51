import type { Technology } from '../../domain/model/types';

/** Channel-number columns of OSS exports, each read against its own 3GPP table. */
export type ChannelKind = 'earfcn' | 'uarfcn' | 'arfcn' | 'nrArfcn';

export interface ChannelBand {
  tech: Technology;
  /** 3GPP name of the band: "B3", "I", "DCS1800", "n78". */
  band: string;
  /** The band's usual name in MHz, as in the band column: B3 → 1800, n78 → 3500. */
  bandMHz: number;
}

/** [first, last, band, MHz]: channel numbers of each band's downlink, inclusive. */
type Range = readonly [number, number, string, number];

/** TS 36.101 table 5.7.3-1, downlink EARFCN (N_Offs-DL to the band's last channel). */
const EARFCN_RANGES: readonly Range[] = [
  [0, 599, 'B1', 2100], [600, 1199, 'B2', 1900], [1200, 1949, 'B3', 1800], [2400, 2649, 'B5', 850],
  [2750, 3449, 'B7', 2600], [3450, 3799, 'B8', 900], [6150, 6449, 'B20', 800], [9210, 9659, 'B28', 700],
  [37750, 38249, 'B38', 2600], [38650, 39649, 'B40', 2300], [39650, 41589, 'B41', 2600],
];
/** TS 25.101 table 5.2 (general UARFCN), downlink. */
const UARFCN_RANGES: readonly Range[] = [[10562, 10838, 'I', 2100], [2937, 3088, 'VIII', 900]];
/** TS 45.005 section 2: P-GSM 1–124 and E-GSM 0, 975–1023 are 900 MHz; DCS 512–885 is 1800 MHz. */
const ARFCN_RANGES: readonly Range[] = [
  [0, 124, 'GSM900', 900], [975, 1023, 'GSM900', 900], [512, 885, 'DCS1800', 1800],
];
/** TS 38.104 table 5.2-1, downlink frequencies in MHz; n78 before n77, which contains it. */
const NR_BANDS_MHZ: readonly Range[] = [
  [2110, 2170, 'n1', 2100], [1805, 1880, 'n3', 1800], [2620, 2690, 'n7', 2600], [925, 960, 'n8', 900],
  [758, 803, 'n28', 700], [2300, 2400, 'n40', 2300], [2496, 2690, 'n41', 2600], [3300, 3800, 'n78', 3500],
  [3300, 4200, 'n77', 3700], [4400, 5000, 'n79', 4900],
];
/** TS 38.104 table 5.4.2.1-1, the global frequency raster: [first N_REF, ΔF_Global kHz, F_REF-Offs MHz, N_REF-Offs]. */
const NR_RASTER: readonly (readonly [number, number, number, number])[] = [
  [2016667, 60, 24250.08, 2016667],
  [600000, 15, 3000, 600000],
  [0, 5, 0, 0],
];
const NR_ARFCN_MAX = 3279165;

const TECH_OF: Readonly<Record<ChannelKind, Technology>> = { earfcn: '4G', uarfcn: '3G', arfcn: '2G', nrArfcn: '5G' };

function inRanges(value: number, ranges: readonly Range[], tech: Technology): ChannelBand | null {
  const hit = ranges.find(([first, last]) => value >= first && value <= last);
  return hit ? { tech, band: hit[2], bandMHz: hit[3] } : null;
}

/** Downlink frequency of an NR-ARFCN, MHz: F_REF = F_REF-Offs + ΔF_Global · (N_REF − N_REF-Offs). */
export function nrArfcnMHz(n: number): number | null {
  if (!Number.isInteger(n) || n < 0 || n > NR_ARFCN_MAX) return null;
  const row = NR_RASTER.find(([first]) => n >= first);
  if (!row) return null;
  const [, deltaKHz, offsetMHz, offsetN] = row;
  return offsetMHz + (deltaKHz * (n - offsetN)) / 1000;
}

/** The band a channel number falls in, or null when it is in no band this table knows. */
export function channelBand(kind: ChannelKind, n: number): ChannelBand | null {
  if (!Number.isInteger(n) || n < 0) return null;
  const tech = TECH_OF[kind];
  switch (kind) {
    case 'earfcn': return inRanges(n, EARFCN_RANGES, tech);
    case 'uarfcn': return inRanges(n, UARFCN_RANGES, tech);
    case 'arfcn': return inRanges(n, ARFCN_RANGES, tech);
    case 'nrArfcn': {
      const mhz = nrArfcnMHz(n);
      return mhz === null ? null : inRanges(mhz, NR_BANDS_MHZ, tech);
    }
  }
}
