import type { LinkBudget } from '../../../src/domain/radio';
import { DEFAULT_COVERAGE_SETTINGS, type CoverageSettings } from '../../../src/domain/coverage';
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
