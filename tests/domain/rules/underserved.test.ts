import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, type CoverageFigures } from '../../../src/domain/coverage';
import {
  filterUnderservedByCarrier, filterUnderservedByUnit, rankUnderservedVillages, UNDERSERVED_SCORE_FORMULA,
} from '../../../src/domain/rules';
import type { Dataset } from '../../../src/domain/model/types';
import { generateDemoDataset } from '../../../src/domain/demo';
import { toyDataset } from './toy-dataset';

const figuresOf = (d: Dataset): CoverageFigures => new CoverageModel(d, DEFAULT_COVERAGE_SETTINGS).figures();

describe('rankUnderservedVillages on the toy communes', () => {
  const dataset = toyDataset();
  const figures = figuresOf(dataset);

  it('the fixture covers exactly the two villages with a site on them', () => {
    expect(figures.villages.filter((v) => v.covered['4G']).map((v) => v.id)).toEqual(['t-v1', 'b-v1']);
    expect(figures.villages.find((v) => v.id === 't-v1')?.covered['5G']).toBe(true);
  });

  it('ranks the two unserved villages, the remoter and larger first', () => {
    const rows = rankUnderservedVillages({ dataset, figures });
    expect(rows.map((r) => r.villageId)).toEqual(['c-v1', 'b-v2']);
    expect(rows.map((r) => r.rank)).toEqual([1, 2]);
    for (const r of rows) {
      expect(r.flags).toMatchObject({ unservedMobile: true, basic4gOnly: false, unservedFixed: true, no5g: false });
      expect(r.reasonCodes.map((c) => c.code)).toEqual(expect.arrayContaining(['no4g', 'noFibre', 'noRouteNearby']));
      expect(r.reasons.some((t) => t.includes('no road layer'))).toBe(true);
      expect(r.remoteness.fibreWithinReach).toBe(false);
    }
  });

  it('scores with the documented formula and measures remoteness from the commune and town centres', () => {
    const row = rankUnderservedVillages({ dataset, figures }).find((r) => r.villageId === 'c-v1');
    const communeM = distance([107.78, 12.01], [107.75, 12.05], { units: 'meters' });
    const townM = distance([107.78, 12.01], [107.55, 12.05], { units: 'meters' });
    expect(row?.remoteness.communeCentreM).toBeCloseTo(communeM, -1);
    expect(row?.remoteness.nearestTownM).toBeCloseTo(townM, -1);
    expect(row?.remoteness.nearestTownCode).toBe('T1');
    const expected = (3 + 1) * Math.log10(801) * (1 + (communeM + townM) / 2 / 1000 / 10);
    expect(Math.abs((row?.score ?? 0) / expected - 1)).toBeLessThan(0.005);
    expect(row?.reasonCodes.some((c) => c.code === 'remote')).toBe(true);
    expect(UNDERSERVED_SCORE_FORMULA).toContain('log10(1 + population)');
  });

  it('a village covered at the basic threshold is underserved, not unserved', () => {
    const basicFigures: CoverageFigures = {
      ...figures,
      villages: figures.villages.map((v) => (v.id === 'b-v2' ? { ...v, coveredShare: { ...v.coveredShare, '4G': 0.8 } } : v)),
    };
    const row = rankUnderservedVillages({ dataset, figures, basicFigures }).find((r) => r.villageId === 'b-v2');
    expect(row?.flags).toMatchObject({ unservedMobile: false, underservedMobile: true, basic4gOnly: true });
    expect(row?.gap).toBe(2 + 1);
    expect(row?.reasonCodes[0]).toMatchObject({ code: 'basic4gOnly', basicShare: 0.8, basicThresholdDbm: -110 });
  });

  it('flags missing 5G only where the plan asks for it', () => {
    const everywhere = rankUnderservedVillages({ dataset, figures, rules: { require5G: true } });
    expect(everywhere.find((r) => r.villageId === 'b-v1')?.flags.no5g).toBe(true);
    expect(everywhere.find((r) => r.villageId === 't-v1')).toBeUndefined();
    const onlyT1 = rankUnderservedVillages({ dataset, figures, rules: { require5G: true, require5GUnits: ['T1'] } });
    expect(onlyT1.find((r) => r.villageId === 'b-v1')).toBeUndefined();
  });

  it('uses per-carrier figures and filters by carrier and unit', () => {
    const carrierFigures = {
      VTL: figuresOf({ ...dataset, sites: dataset.sites.filter((s) => s.carrier === 'VTL') }),
      VNP: figuresOf({ ...dataset, sites: dataset.sites.filter((s) => s.carrier === 'VNP') }),
    };
    const rows = rankUnderservedVillages({ dataset, figures, carrierFigures });
    expect(rows.find((r) => r.villageId === 'b-v1')?.carriersWithout4g).toEqual(['VTL']);
    expect(rows.find((r) => r.villageId === 't-v1')?.carriersWithout4g).toEqual(['VNP']);
    expect(filterUnderservedByCarrier(rows, 'VTL').map((r) => r.villageId).sort()).toEqual(['b-v1', 'b-v2', 'c-v1']);
    expect(filterUnderservedByUnit(rows, 'X1').map((r) => r.villageId).sort()).toEqual(['b-v1', 'b-v2']);
    const served = rows.find((r) => r.villageId === 't-v1');
    expect(served && served.score).toBeLessThan(rows.find((r) => r.villageId === 'b-v2')?.score ?? 0);
  });

  it('measures fibre itself when the figures were built without FTTH', () => {
    const noFtth = new CoverageModel(dataset, DEFAULT_COVERAGE_SETTINGS, { ftth: null }).figures();
    const rows = rankUnderservedVillages({ dataset, figures: noFtth });
    expect(rows.map((r) => r.villageId)).toEqual(['c-v1', 'b-v2']);
    const d = rows.find((r) => r.villageId === 'b-v2')?.remoteness.fibreM ?? 0;
    const corner = distance([107.692, 12.088], [107.72, 12.08], { units: 'meters' });
    expect(Math.abs(d / corner - 1)).toBeLessThan(0.005);
    expect(d).toBeCloseTo(figures.villages.find((v) => v.id === 'b-v2')?.fibreDistanceM ?? NaN, 3);
  });
});

describe('rankUnderservedVillages on the demo', () => {
  it('lists exactly the villages beyond the FTTH distance when every village has 4G', () => {
    const dataset = generateDemoDataset(1);
    const figures = figuresOf(dataset);
    const rows = rankUnderservedVillages({ dataset, figures });
    const noFibre = figures.villages.filter((v) => v.fibreDistanceM === null || v.fibreDistanceM > 500);
    const no4g = figures.villages.filter((v) => !v.covered['4G']);
    expect(rows.length).toBe(new Set([...noFibre, ...no4g].map((v) => v.id)).size);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(rows[i]?.score ?? 0);
  });
});
