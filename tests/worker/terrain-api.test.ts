import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { generateDemoDataset } from '../../src/domain/demo';
import { demoShadowedVillages } from '../../src/domain/demo/relief';
import { NO_EDITS } from '../../src/domain/scenario/scenario-edits';
import { engineState } from '../../src/worker/engine-state';
import { terrainApi } from '../../src/worker/terrain-api';

const OPTIONS = { freqMHz: 900, kFactor: 4 / 3, rxHeightM: 1.5, tech: '4G' as const };

describe('the terrain profile call', () => {
  const demo = generateDemoDataset();
  const shadow = demoShadowedVillages(demo)[0];
  const village = demo.villages.find((v) => v.id === shadow?.villageId);
  const site = demo.sites.find((s) => s.id === shadow?.siteId);

  it('says when the project has no elevation, and when an end is off it', () => {
    engineState.setBaseline({ ...demo, elevation: undefined });
    expect(terrainApi.pathProfile({ lon: 107.7, lat: 12.2 }, { lon: 107.8, lat: 12.3 }, OPTIONS)).toEqual({ kind: 'no-elevation' });
    engineState.setBaseline(demo);
    expect(terrainApi.pathProfile({ lon: 107.7, lat: 12.2 }, { lon: 120, lat: 12.3 }, OPTIONS)).toEqual({ kind: 'outside', end: 'to' });
    expect(terrainApi.pathProfile({ lon: 107.7, lat: 12.2 }, { lon: 107.7, lat: 12.2 }, OPTIONS)).toEqual({ kind: 'too-short' });
  });

  it('from the site of a shadowed demo village to the village: the mast, a dominant edge, > 20 dB, the far-end level', () => {
    expect(village && site).toBeTruthy();
    if (!village || !site) return;
    engineState.setBaseline(demo);
    const settings = { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G' as const] };
    engineState.setModel(new CoverageModel(demo, settings), settings, NO_EDITS);
    const r = terrainApi.pathProfile({ lon: 0, lat: 0, siteId: site.id }, { lon: village.point[0], lat: village.point[1] }, OPTIONS);
    expect(r.kind).toBe('profile');
    if (r.kind !== 'profile') return;
    expect(r.from).toMatchObject({ siteId: site.id, lon: site.lon, lat: site.lat, antennaM: site.heightM });
    expect(r.to).toMatchObject({ siteId: null, antennaM: 1.5 });
    expect(r.chart.dominant).not.toBeNull();
    expect(r.chart.deygoutDb).toBeGreaterThan(20);
    expect(r.chart.hopClear).toBe(false);
    expect(r.dominantLngLat).not.toBeNull();
    expect(r.generatedRelief).toBe(true);
    // The far-end level is the start site's (when it reaches the village at all).
    if (r.farLevel) expect(r.farLevel).toMatchObject({ siteId: site.id, fromSite: true });
  });
});
