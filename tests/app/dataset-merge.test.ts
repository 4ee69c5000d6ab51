import { describe, expect, it } from 'vitest';
import { mergeLayer } from '../../src/app/dataset-merge';
import { scenarioSites } from '../../src/app/scenarios';
import type { Dataset, FibreRoute, Site } from '../../src/domain/model/types';

const site = (id: string, lon = 107.7): Site => ({
  id, name: id, carrier: 'VNPT', lon, lat: 12, heightM: 30, proposed: false,
  radios: [{ tech: '4G', bandMHz: 1800 }], sectors: [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 0 }],
});
const base: Dataset = {
  meta: { name: 'demo', synthetic: true, sources: ['generated'] },
  units: [], villages: [], sites: [site('A'), site('B')], fibre: [],
};

describe('mergeLayer', () => {
  it('replaces only the imported layer and records the file as a source once', () => {
    const fibre: FibreRoute[] = [{ id: 'F1', name: 'F1', laying: 'aerial', kind: 'spur', coordinates: [[107, 12], [107.1, 12]] }];
    const merged = mergeLayer(base, { kind: 'fibre', result: { items: fibre, issues: [] } }, 'f.geojson');
    expect(merged.fibre).toBe(fibre);
    expect(merged.sites).toBe(base.sites);
    expect(merged.meta.sources).toEqual(['generated', 'f.geojson']);
    const again = mergeLayer(merged, { kind: 'fibre', result: { items: [], issues: [] } }, 'f.geojson');
    expect(again.meta.sources).toEqual(['generated', 'f.geojson']);
  });
});

describe('scenarioSites', () => {
  const scenario = (siteEdits: Record<string, Site>, addedSites: Site[] = []) => ({ id: 's', name: 's', note: '', siteEdits, addedSites, removedSiteIds: [] });
  it('applies the active scenario over the baseline without touching it', () => {
    const sites = scenarioSites({ dataset: base, scenarios: [scenario({ B: site('B', 108) }, [site('P-1', 107.9)])], activeScenarioId: 's' });
    expect(sites.map((s) => s.lon)).toEqual([107.7, 108, 107.9]);
    expect(base.sites[1]?.lon).toBe(107.7);
  });
  it('returns the same array for the same inputs (stable for map layers)', () => {
    const state = { dataset: base, scenarios: [scenario({ A: site('A', 107.5) })], activeScenarioId: 's' };
    expect(scenarioSites(state)).toBe(scenarioSites({ ...state }));
  });
});
