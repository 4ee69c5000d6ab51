/** A new proposed site with the defaults a planner starts from (site-rules), and its id. */
import { PROPOSED_DEFAULTS } from '../model/site-rules';
import type { Sector, Site } from '../model/types';

/**
 * Carrier value of the site proposer's suggestions (stable in data, files and exports; the UI shows it translated).
 * It is no real carrier: carrier filters, per-carrier figures and co-location pairs leave it out.
 */
export const PROPOSED_CARRIER = 'Proposed';

export const isRealCarrier = (carrier: string): boolean => carrier !== PROPOSED_CARRIER;

/** A proposed site placed by hand: no name of its own (the UI calls it "Proposed N" in its language, i18n/site-name-strings). */
export function newProposedSite(id: string, lon: number, lat: number, carrier: string): Site {
  const sectors: Sector[] = PROPOSED_DEFAULTS.azimuthsDeg.map((azimuthDeg) => ({
    azimuthDeg, beamwidthDeg: PROPOSED_DEFAULTS.beamwidthDeg, downtiltDeg: PROPOSED_DEFAULTS.downtiltDeg,
  }));
  return {
    id, name: '', carrier, lon, lat, heightM: PROPOSED_DEFAULTS.heightM,
    sectors, radios: PROPOSED_DEFAULTS.radios.map((r) => ({ ...r })), proposed: true,
  };
}

/** A short id for a new proposed site, unique against the ids given. */
export function nextProposedId(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `P-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** N of a hand-placed proposed site's id P-N, null for any other id. */
export function proposedNumber(id: string): number | null {
  const m = /^P-([1-9]\d*)$/.exec(id);
  return m ? Number(m[1]) : null;
}
