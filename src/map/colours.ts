import type { Palette } from '../domain/display/coverage-palette';
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

/** The colours of the map's symbols in one palette (the coverage classes are in domain/display/coverage-palette). */
export interface MapColours {
  carrier(carrier: string): Rgba;
  tech: Readonly<Record<Technology, Rgba>>;
  laying: Readonly<Record<Laying, Rgba>>;
  road: Readonly<Record<RoadClass, Rgba>>;
  /** Village fills on the map, and the legend's swatches of the first two (stronger, to be seen in a small box). */
  village: { covered: Rgba; uncovered: Rgba; unknown: Rgba };
  villageLegend: { covered: Rgba; uncovered: Rgba };
}

const COLOUR: MapColours = {
  carrier: carrierColour, tech: TECH_COLOURS, laying: LAYING_COLOURS, road: ROAD_COLOURS,
  village: { covered: [26, 152, 80, 35], uncovered: [215, 48, 39, 90], unknown: [120, 120, 120, 30] },
  villageLegend: { covered: [26, 152, 80, 90], uncovered: [215, 48, 39, 128] },
};

/**
 * Greyscale-safe: within each set (carriers, technologies, layings, roads, villages) the Rec. 601 lumas lie 25 or
 * more apart, so a photocopy keeps them apart; hues are kept where they help on a colour print.
 */
const GREY_CARRIERS: Record<string, Rgba> = { viettel: [120, 0, 20, 255], vnpt: [40, 110, 200, 255], mobifone: [250, 190, 110, 255] };
const GREYSCALE: MapColours = {
  carrier: (carrier) => own(GREY_CARRIERS, carrier.trim().toLowerCase()) ?? [155, 155, 155, 255],
  tech: { '2G': [215, 215, 215, 255], '3G': [240, 170, 0, 255], '4G': [26, 130, 70, 255], '5G': [70, 20, 90, 255] },
  laying: { aerial: [250, 150, 40, 255], underground: [40, 20, 90, 255], duct: [140, 81, 10, 255], unknown: [200, 200, 200, 255] },
  road: { main: [90, 90, 90, 230], minor: [175, 175, 175, 220] },
  village: { covered: [255, 255, 255, 200], uncovered: [40, 40, 40, 170], unknown: [150, 150, 150, 60] },
  villageLegend: { covered: [255, 255, 255, 255], uncovered: [40, 40, 40, 200] },
};

export function mapColours(palette: Palette = 'colour'): MapColours {
  return palette === 'greyscale' ? GREYSCALE : COLOUR;
}

/** A site's colour in a palette, by carrier or by its highest technology. */
export function siteColourIn(colours: MapColours, site: Site, by: 'carrier' | 'technology'): Rgba {
  if (by === 'carrier') return colours.carrier(site.carrier);
  const tech = highestTech(site);
  return tech ? colours.tech[tech] : OTHER_CARRIER;
}
