import type { LinkBudget } from '../../../src/domain/radio';
import { expect } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, type CoverageSettings } from '../../../src/domain/coverage';
import type { Dataset, Sector, Site } from '../../../src/domain/model/types';
import { square } from './synthetic-dataset';

export const BUDGET_4G: LinkBudget = {
  tech: '4G', bandMHz: 1800, label: 'test 4G', txPowerPerReDbm: 15, antennaGainDbi: 17, feederLossDb: 2,
  beamformingGainDb: 0, shadowMarginDb: 5, indoorLossDb: 15, mobileHeightM: 1.5,
};

export const SETTINGS: CoverageSettings = { ...DEFAULT_COVERAGE_SETTINGS, budgets: [BUDGET_4G] };

export function site(id: string, lon: number, lat: number, sectors: Sector[] = [], heightM = 30): Site {
  return { id, name: id, carrier: 'C1', lon, lat, heightM, sectors, radios: [{ tech: '4G', bandMHz: 1800 }], proposed: false };
}

/** One rural square unit (0.2° ≈ 22 km) around (107.6, 12.1), no villages. */
export function oneUnit(sites: Site[], population = 10_000): Dataset {
  return {
    meta: { name: 't', synthetic: true, sources: [] },
    units: [{ code: 'U', name: 'U', type: 'Xã', district: 'D', population, clutter: 'rural', geometry: square(107.6, 12.1, 0.1) }],
    villages: [], sites, fibre: [],
  };
}

/** Moves random sites of a model built on `d` 15 times, then checks 4G and 5G levels and unit figures against a rebuild. */
export function expectDragsEqualRebuild(d: Dataset, settings: CoverageSettings, rand: () => number): void {
  const s = { ...settings, techs: ['4G', '5G'] as const };
  const m = new CoverageModel(d, s, { ftth: null });
  for (let step = 0; step < 15; step++) {
    const pick = m.sites[Math.floor(rand() * m.sites.length)];
    if (pick) m.upsertSite({ ...pick, lon: pick.lon + (rand() - 0.5) * 0.02, lat: pick.lat + (rand() - 0.5) * 0.02 });
  }
  const scratch = new CoverageModel({ ...d, sites: [...m.sites].reverse() }, s, { ftth: null });
  for (const tech of ['4G', '5G'] as const) expect(m.raster(tech).levels).toEqual(scratch.raster(tech).levels);
  expect(m.figures().units).toEqual(scratch.figures().units);
}
