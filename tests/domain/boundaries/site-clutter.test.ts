import { describe, expect, it } from 'vitest';
import { baselineSiteClutters } from '../../../src/domain/boundaries';
import type { Dataset, Site } from '../../../src/domain/model/types';
import { rectUnit } from './test-units';

function site(id: string, lon: number, lat: number): Site {
  return { id, name: id, carrier: 'A', lon, lat, heightM: 30, sectors: [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 2 }], radios: [{ tech: '4G', bandMHz: 1800 }], proposed: false };
}

// West half urban, east half suburban; a third unit far south stays rural.
const dataset: Dataset = {
  meta: { name: 't', synthetic: true, sources: [] },
  units: [
    { ...rectUnit('W', 107.0, 12.0, 107.1, 12.1), clutter: 'urban' },
    { ...rectUnit('E', 107.1, 12.0, 107.2, 12.1), clutter: 'suburban' },
    rectUnit('S', 107.0, 11.8, 107.2, 11.9),
  ],
  villages: [],
  sites: [site('w', 107.05, 12.05), site('e', 107.15, 12.05), site('s', 107.1, 11.85), site('gap', 107.1, 11.95), site('far', 108.5, 13.5)],
  fibre: [],
};

describe('baselineSiteClutters', () => {
  it('gives each site the clutter of the unit it stands in, rural outside every unit', () => {
    expect(baselineSiteClutters(dataset, 100, {})).toEqual({ w: 'urban', e: 'suburban', s: 'rural', gap: 'rural', far: 'rural' });
  });

  it('applies the user\'s clutter override by the unit\'s code', () => {
    const got = baselineSiteClutters(dataset, 100, { E: 'open', S: 'urban' });
    expect(got).toEqual({ w: 'urban', e: 'open', s: 'urban', gap: 'rural', far: 'rural' });
  });
});
