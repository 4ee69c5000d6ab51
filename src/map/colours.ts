import type { Laying, RoadClass, Site, Technology } from '../domain/model/types';
import { own } from '../domain/model/dict';
import { CARRIERS } from '../domain/model/site-rules';

export type Rgba = [number, number, number, number];

/** By carrier id (site-rules); a carrier without one is drawn grey. */
const CARRIER_COLOURS: Record<string, Rgba> = {
  viettel: [226, 0, 43, 255],
  vnpt: [0, 114, 188, 255],
  mobifone: [247, 148, 29, 255],
};
const OTHER_CARRIER: Rgba = [110, 110, 110, 255];

export const TECH_COLOURS: Record<Technology, Rgba> = {
  '2G': [150, 150, 150, 255],
  '3G': [230, 180, 0, 255],
  '4G': [26, 152, 80, 255],
  '5G': [118, 42, 131, 255],
};

export const LAYING_COLOURS: Record<Laying, Rgba> = {
  aerial: [230, 97, 1, 255],
  underground: [84, 39, 136, 255],
  duct: [140, 81, 10, 255],
  unknown: [120, 120, 120, 255],
};

/** Roads are context under the fibre: grey, main roads darker. */
export const ROAD_COLOURS: Record<RoadClass, Rgba> = {
  main: [120, 120, 120, 230],
  minor: [165, 165, 165, 200],
};

export function carrierColour(carrier: string): Rgba {
  return own(CARRIER_COLOURS, carrier.trim().toLowerCase()) ?? OTHER_CARRIER;
}

/** The carriers with a colour of their own, as the legends list them. */
export const KNOWN_CARRIERS: readonly string[] = CARRIERS.filter((c) => own(CARRIER_COLOURS, c.id) !== undefined).map((c) => c.name);

export function highestTech(site: Site): Technology | null {
  const order: Technology[] = ['5G', '4G', '3G', '2G'];
  return order.find((t) => site.radios.some((r) => r.tech === t)) ?? null;
}

export function siteColour(site: Site, by: 'carrier' | 'technology'): Rgba {
  if (by === 'carrier') return carrierColour(site.carrier);
  const tech = highestTech(site);
  return tech ? TECH_COLOURS[tech] : OTHER_CARRIER;
}
