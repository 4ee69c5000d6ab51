import { describe, expect, it } from 'vitest';
import { length, lineString } from '@turf/turf';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import { generateDemoDataset } from '../../../src/domain/demo';
import { planUndergrounding } from '../../../src/domain/rules';
import { toyDataset } from './toy-dataset';

const km = (coords: [number, number][]): number => length(lineString(coords), { units: 'kilometers' });

describe('planUndergrounding on the toy communes', () => {
  const plan = planUndergrounding(toyDataset());

  it('cuts aerial routes at unit boundaries and merges contiguous runs across routes', () => {
    expect(plan.packages.map((p) => p.unitCode)).toEqual(['T1', 'X1', 'X2']);
    const [town, x1, x2] = plan.packages;
    expect(town?.routeIds).toEqual(['R1']);
    expect(town?.length_m ?? 0).toBeCloseTo(1000 * km([[107.5, 12.05], [107.6, 12.05]]), -1);
    expect(x1?.routeIds).toEqual(['R1', 'R1b']);
    expect(x1?.geometry).toHaveLength(2);
    expect(x1?.length_m ?? 0).toBeCloseTo(1000 * km([[107.6, 12.05], [107.7, 12.05]]), -1);
    expect(x2?.routeIds).toEqual(['R3']);
  });

  it('ranks the urban core first, then the package near a dense village; the empty rural one is not proposed', () => {
    const [town, x1, x2] = plan.packages;
    expect(town).toMatchObject({ urbanCore: true, rank: 1, proposed: true, populationNear: 3000, villageIdsNear: ['t-v1'] });
    expect(town?.reasonCode).toMatchObject({ code: 'urbanCore', unitType: 'Thị trấn' });
    expect(x1).toMatchObject({ urbanCore: false, rank: 2, proposed: true, populationNear: 1000 });
    expect(x1?.reasonCode.code).toBe('denseVillages');
    expect(x2).toMatchObject({ proposed: false, populationNear: 0 });
    expect(x2?.reason).toContain('rural');
  });

  it('totals aerial, proposed and underground km per unit', () => {
    const x2 = plan.units.find((u) => u.unitCode === 'X2');
    const under = km([[107.7, 12.05], [107.75, 12.05]]);
    const aerial = km([[107.72, 12.08], [107.76, 12.08]]);
    expect(x2?.undergroundKm ?? 0).toBeCloseTo(under, 2);
    expect(x2?.aerialKm ?? 0).toBeCloseTo(aerial, 2);
    expect(x2?.proposedKm).toBe(0);
    expect(x2?.shareUnderground ?? 0).toBeCloseTo(under / (under + aerial), 3);
    const t1 = plan.units.find((u) => u.unitCode === 'T1');
    expect(t1?.shareUnderground).toBe(0);
    expect(t1?.proposedKm ?? 0).toBeCloseTo(km([[107.5, 12.05], [107.6, 12.05]]), 2);
    expect(plan.totals.totalKm).toBeCloseTo(km([[107.5, 12.05], [107.75, 12.05]]) + aerial, 2);
  });

  it('a wider "near" distance brings the villages 3.3 and 8.1 km away into the X2 package', () => {
    const near = (m: number): string[] | undefined =>
      planUndergrounding(toyDataset(), { nearDistanceM: m }).packages.find((p) => p.unitCode === 'X2')?.villageIdsNear;
    expect(near(3000)).toEqual([]);
    expect(near(4000)).toEqual(['b-v2']);
    expect(near(8200)).toEqual(['b-v2', 'c-v1']);
    expect(near(8400)).toEqual(['b-v1', 'b-v2', 'c-v1']);
  });
});

describe('planUndergrounding on the demo', () => {
  it('agrees with the FTTH clipping on aerial km and ranks urban packages first', () => {
    const dataset = generateDemoDataset(1);
    const plan = planUndergrounding(dataset);
    const fibreKm = new CoverageModel(dataset, { ...DEFAULT_COVERAGE_SETTINGS, techs: [] }).figures().totals.fibreKm;
    expect(plan.totals.aerialKm).toBeGreaterThan(0);
    expect(Math.abs(plan.totals.aerialKm / fibreKm.aerial - 1)).toBeLessThan(0.02);
    const sumPackages = plan.packages.reduce((s, p) => s + p.length_m, 0) / 1000;
    expect(sumPackages).toBeCloseTo(plan.totals.aerialKm, 6);
    const firstRural = plan.packages.findIndex((p) => !p.urbanCore);
    expect(plan.packages.slice(firstRural).every((p) => !p.urbanCore)).toBe(true);
    expect(new Set(plan.packages.map((p) => p.id)).size).toBe(plan.packages.length);
  });
});
