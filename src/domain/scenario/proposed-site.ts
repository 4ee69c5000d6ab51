/** A new proposed site with defaults a planner starts from, and the checks an edited site must pass. */
import { TECHNOLOGIES, type Radio, type Sector, type Site } from '../model/types';
import { DEFAULT_LINK_BUDGETS, type LinkBudget } from '../radio';

/**
 * Carrier value of the site proposer's suggestions (stable in data, files and exports; the UI shows it translated).
 * It is no real carrier: carrier filters, per-carrier figures and co-location pairs leave it out.
 */
export const PROPOSED_CARRIER = 'Proposed';

export const isRealCarrier = (carrier: string): boolean => carrier !== PROPOSED_CARRIER;

export const PROPOSED_DEFAULTS = {
  heightM: 40,
  azimuthsDeg: [0, 120, 240],
  beamwidthDeg: 65,
  downtiltDeg: 4,
  radios: [{ tech: '4G', bandMHz: 1800 }, { tech: '5G', bandMHz: 3500 }] as Radio[],
} as const;

export function newProposedSite(id: string, lon: number, lat: number, carrier: string, number: number): Site {
  const sectors: Sector[] = PROPOSED_DEFAULTS.azimuthsDeg.map((azimuthDeg) => ({
    azimuthDeg, beamwidthDeg: PROPOSED_DEFAULTS.beamwidthDeg, downtiltDeg: PROPOSED_DEFAULTS.downtiltDeg,
  }));
  return {
    id, name: `Đề xuất ${number}`, carrier, lon, lat, heightM: PROPOSED_DEFAULTS.heightM,
    sectors, radios: PROPOSED_DEFAULTS.radios.map((r) => ({ ...r })), proposed: true,
  };
}

/** Bands a radio can be set to: those with a link budget preset. */
export function bandsByTech(budgets: readonly LinkBudget[] = DEFAULT_LINK_BUDGETS): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const t of TECHNOLOGIES) out[t] = [...new Set(budgets.filter((b) => b.tech === t).map((b) => b.bandMHz))].sort((a, b) => a - b);
  return out;
}

export const SITE_LIMITS = {
  heightM: [1, 200],
  azimuthDeg: [0, 360],
  beamwidthDeg: [10, 360],
  downtiltDeg: [-10, 30],
  powerOffsetDb: [-20, 10],
} as const;

export type SiteField = keyof typeof SITE_LIMITS;

/** null when the value fits the field, else the allowed range for the message. */
export function checkSiteValue(field: SiteField, value: number): { min: number; max: number } | null {
  const [min, max] = SITE_LIMITS[field];
  return Number.isFinite(value) && value >= min && value <= max ? null : { min, max };
}

/** A short id for a new proposed site, unique against the ids given. */
export function nextProposedId(taken: ReadonlySet<string>): { id: string; number: number } {
  for (let n = 1; ; n++) {
    const id = `P-${n}`;
    if (!taken.has(id)) return { id, number: n };
  }
}
