import { describe, expect, it } from 'vitest';
import { siteLayers, withoutLayer } from '../../../src/domain/model/site-layers';
import type { Dataset, Site } from '../../../src/domain/model/types';

const site = (id: string, carrier: string, layer?: string): Site => ({
  id, name: id, carrier, lon: 107.5, lat: 12, heightM: 30, sectors: [], radios: [], proposed: false, ...(layer ? { layer } : {}),
});

describe('site layers', () => {
  const sites = [site('D1', 'VNPT'), site('V1', 'Viettel', 'Viettel Q3'), site('M1', 'MobiFone', 'mixed'), site('V2', 'Viettel', 'Viettel Q3'), site('N1', 'VNPT', 'mixed')];

  it('lists each layer once with its site count and carriers, leaving out sites without a layer', () => {
    expect(siteLayers(sites)).toEqual([
      { name: 'Viettel Q3', sites: 2, carriers: ['Viettel'] },
      { name: 'mixed', sites: 2, carriers: ['MobiFone', 'VNPT'] },
    ]);
  });

  it('removes exactly one layer', () => {
    const d: Dataset = { meta: { name: 'd', synthetic: false, sources: [] }, units: [], villages: [], sites, fibre: [] };
    expect(withoutLayer(d, 'mixed').sites.map((s) => s.id)).toEqual(['D1', 'V1', 'V2']);
    expect(d.sites).toHaveLength(5);
  });
});
