/** A new proposed site with the defaults a planner starts from (site-rules), and its id. */
import { PROPOSED_DEFAULTS } from '../model/site-rules';
import type { Sector, Site } from '../model/types';

/**
 * Carrier value of the site proposer's suggestions (stable in data, files and exports; the UI shows it translated).
 * It is no real carrier: carrier filters, per-carrier figures and co-location pairs leave it out.
 */
export const PROPOSED_CARRIER = 'Proposed';

export const isRealCarrier = (carrier: string): boolean => carrier !== PROPOSED_CARRIER;

export function newProposedSite(id: string, lon: number, lat: number, carrier: string, number: number): Site {
  const sectors: Sector[] = PROPOSED_DEFAULTS.azimuthsDeg.map((azimuthDeg) => ({
    azimuthDeg, beamwidthDeg: PROPOSED_DEFAULTS.beamwidthDeg, downtiltDeg: PROPOSED_DEFAULTS.downtiltDeg,
  }));
  return {
    id, name: `Đề xuất ${number}`, carrier, lon, lat, heightM: PROPOSED_DEFAULTS.heightM,
    sectors, radios: PROPOSED_DEFAULTS.radios.map((r) => ({ ...r })), proposed: true,
  };
}

/** A short id for a new proposed site, unique against the ids given. */
export function nextProposedId(taken: ReadonlySet<string>): { id: string; number: number } {
  for (let n = 1; ; n++) {
    const id = `P-${n}`;
    if (!taken.has(id)) return { id, number: n };
  }
}
