/** The planner's template for a proposed site: a 3-sector 4G macro on the default 1800 MHz preset, optional 5G n78. */
import { DEFAULT_BAND, PROPOSED_DEFAULTS } from '../model/site-rules';
import type { Radio, Site } from '../model/types';
import { DEFAULT_LINK_BUDGETS } from '../radio';
import { PROPOSED_CARRIER } from '../scenario/proposed-site';

export interface ProposedSiteTemplate {
  carrier: string;
  heightM: number;
  with5G: boolean;
  azimuthsDeg: readonly number[];
  beamwidthDeg: number;
  downtiltDeg: number;
  band4gMHz: number;
  band5gMHz: number;
}

export const DEFAULT_PROPOSED_SITE: ProposedSiteTemplate = {
  carrier: PROPOSED_CARRIER,
  heightM: PROPOSED_DEFAULTS.heightM,
  with5G: false,
  azimuthsDeg: PROPOSED_DEFAULTS.azimuthsDeg,
  beamwidthDeg: PROPOSED_DEFAULTS.beamwidthDeg,
  downtiltDeg: 2,
  band4gMHz: DEFAULT_BAND['4G'],
  band5gMHz: DEFAULT_BAND['5G'],
};

/** The preset band of a technology closest to the wanted one (so the engine finds its link budget). */
function presetBand(tech: '4G' | '5G', wantedMHz: number): number {
  let best: number | null = null;
  for (const b of DEFAULT_LINK_BUDGETS) {
    if (b.tech !== tech) continue;
    if (best === null || Math.abs(b.bandMHz - wantedMHz) < Math.abs(best - wantedMHz)) best = b.bandMHz;
  }
  return best ?? wantedMHz;
}

export function proposedSite(id: string, lon: number, lat: number, template: Partial<ProposedSiteTemplate> = {}): Site {
  const t: ProposedSiteTemplate = { ...DEFAULT_PROPOSED_SITE, ...template };
  const radios: Radio[] = [{ tech: '4G', bandMHz: presetBand('4G', t.band4gMHz) }];
  if (t.with5G) radios.push({ tech: '5G', bandMHz: presetBand('5G', t.band5gMHz) });
  return {
    id, name: id, carrier: t.carrier, lon, lat, heightM: t.heightM,
    sectors: t.azimuthsDeg.map((azimuthDeg) => ({ azimuthDeg, beamwidthDeg: t.beamwidthDeg, downtiltDeg: t.downtiltDeg })),
    radios, proposed: true,
  };
}
