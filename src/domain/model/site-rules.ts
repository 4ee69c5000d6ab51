/**
 * The facts every layer checks a site against and fills a site in with: the site editor, the CSV and GeoJSON
 * readers (KML and shapefiles go through the GeoJSON one), the project validator and the coverage engine all read
 * them here, so they cannot disagree.
 */
import type { Radio, Technology } from './types';

export interface SiteLimit {
  readonly min: number;
  readonly max: number;
  /** The minimum itself is refused (a height or beamwidth of 0). */
  readonly aboveMin: boolean;
}

export const SITE_LIMITS = {
  /**
   * Antenna height above ground, m. Vietnam's tallest masts are well under 200 m, but 1,000 m is what the engine
   * and so the project validator already accepted: every stored project still opens, and typos such as 3000 for
   * 30.00 are still refused.
   */
  heightM: { min: 0, max: 1000, aboveMin: true },
  /** Readers refuse other angles rather than wrap them: 400 is a typo, not 40. */
  azimuthDeg: { min: 0, max: 360, aboveMin: false },
  beamwidthDeg: { min: 0, max: 360, aboveMin: true },
  /** Total downtilt, degrees, positive = down. */
  downtiltDeg: { min: -90, max: 90, aboveMin: false },
  /** A change of transmit power from the link budget preset beyond this is a data error, not a planning choice. */
  powerOffsetDb: { min: -30, max: 30, aboveMin: false },
} as const satisfies Record<string, SiteLimit>;

export type SiteLimitField = keyof typeof SITE_LIMITS;

/** Physical cell ids: LTE uses 0–503, NR 0–1007. */
export const PCI_MAX = 1007;

export function withinLimit(field: SiteLimitField, value: number): boolean {
  const { min, max, aboveMin } = SITE_LIMITS[field];
  return Number.isFinite(value) && (aboveMin ? value > min : value >= min) && value <= max;
}

/** null when the value fits the field, else the allowed range for the message. */
export function checkSiteValue(field: SiteLimitField, value: number): { min: number; max: number } | null {
  const { min, max } = SITE_LIMITS[field];
  return withinLimit(field, value) ? null : { min, max };
}

/** Mobile bands in use in Vietnam lie well inside this; values outside are typos or kHz/GHz mix-ups. */
export const BAND_WINDOW_MHZ = { min: 300, max: 7200 } as const;

export const DEFAULT_BAND: Readonly<Record<Technology, number>> = { '2G': 900, '3G': 2100, '4G': 1800, '5G': 3500 };

/** Bands each technology is deployed on in Vietnam, most usual first. */
export const USUAL_BANDS: Readonly<Record<Technology, readonly number[]>> = {
  '2G': [900, 1800],
  '3G': [2100, 900],
  '4G': [1800, 2100, 2600, 900, 700],
  '5G': [3500, 2600, 700, 3700, 4900],
};

/** Bands a radio can be set to in the editor: those with a link budget. */
export function bandsByTech(budgets: readonly { tech: Technology; bandMHz: number }[]): Record<Technology, number[]> {
  const bands = (t: Technology): number[] => [...new Set(budgets.filter((b) => b.tech === t).map((b) => b.bandMHz))].sort((a, b) => a - b);
  return { '2G': bands('2G'), '3G': bands('3G'), '4G': bands('4G'), '5G': bands('5G') };
}

/** Vietnam's mobile carriers: `id` is the lower-case key (map colours), `name` how data and the UI write it. */
export const CARRIERS = [
  { id: 'viettel', name: 'Viettel' },
  { id: 'vnpt', name: 'VNPT' },
  { id: 'mobifone', name: 'MobiFone' },
  { id: 'vietnamobile', name: 'Vietnamobile' },
] as const satisfies readonly { id: string; name: string }[];

export const CARRIER_NAMES: readonly string[] = CARRIERS.map((c) => c.name);

/** What a reader assumes for a blank or missing value (each assumption is reported). */
export const IMPORT_DEFAULTS = {
  heightM: 30,
  beamwidthDeg: 65,
  /** An omnidirectional sector radiates all round. */
  omniBeamwidthDeg: 360,
  downtiltDeg: 4,
} as const;

/**
 * Rows of one site id further apart than this, m, are an error on the later row (default of the importer's option):
 * a tower's sector rows share its position, so a far row is another site under a reused id, not another sector.
 */
export const SITE_ROWS_APART_MAX_M = 100;

/** A proposed site placed on the map, and a sector added in the editor. */
export const PROPOSED_DEFAULTS = {
  heightM: 40,
  azimuthsDeg: [0, 120, 240],
  beamwidthDeg: 65,
  downtiltDeg: 4,
  radios: [{ tech: '4G', bandMHz: 1800 }, { tech: '5G', bandMHz: 3500 }] as readonly Radio[],
} as const;
