import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import type { Dataset, Site } from '../../../src/domain/model/types';
import { newProposedSite } from '../../../src/domain/scenario/proposed-site';

const d = 0.4;
const unit = { type: 'Polygon' as const, coordinates: [[[107.3, 11.8], [107.3 + d, 11.8], [107.3 + d, 11.8 + d], [107.3, 11.8 + d], [107.3, 11.8]]] };
const dataset = (sites: Site[]): Dataset => ({
  meta: { name: 'toy', synthetic: true, sources: [] },
  units: [{ code: 'U', name: 'U', type: 'Xã', district: 'H', population: 100, clutter: 'rural', geometry: unit }],
  villages: [], sites, fibre: [],
});

describe('site power offset', () => {
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G' as const] };
  const area = (offset: number | undefined) => {
    const site = { ...newProposedSite('S', 107.5, 12, 'Viettel'), powerOffsetDb: offset };
    return new CoverageModel(dataset([site]), settings, { ftth: null }).figures().units[0]?.pctArea['4G'] ?? 0;
  };

  it('more power covers more area, less power less, 0 dB equals no offset', () => {
    const none = area(undefined);
    expect(area(0)).toBe(none);
    expect(area(6)).toBeGreaterThan(none * 1.3);
    expect(area(-6)).toBeLessThan(none * 0.8);
  });

  it('a moved site with a changed offset is recomputed, not served from the cached tables', () => {
    const site = newProposedSite('S', 107.5, 12, 'Viettel');
    const model = new CoverageModel(dataset([site]), settings, { ftth: null });
    const before = model.figures().units[0]?.pctArea['4G'] ?? 0;
    model.upsertSite({ ...site, powerOffsetDb: 6 });
    expect(model.figures().units[0]?.pctArea['4G'] ?? 0).toBeCloseTo(area(6), 6);
    expect(area(6)).toBeGreaterThan(before);
  });
});
