import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, type CoverageFigures } from '../../../src/domain/coverage';
import type { Dataset } from '../../../src/domain/model/types';
import { SETTINGS, oneUnit, site } from './helpers';
import { square } from './synthetic-dataset';

function numbers(x: unknown, out: number[] = []): number[] {
  if (typeof x === 'number') out.push(x);
  else if (x && typeof x === 'object') Object.values(x).forEach((v) => numbers(v, out));
  return out;
}
const noNaN = (f: CoverageFigures): void => expect(numbers(f).filter((n) => Number.isNaN(n))).toEqual([]);

const empty: Dataset = { meta: { name: 'e', synthetic: true, sources: [] }, units: [], villages: [], sites: [], fibre: [] };

describe('coverage figures', () => {
  it('are never NaN on empty inputs', () => {
    const f = new CoverageModel(empty, DEFAULT_COVERAGE_SETTINGS).figures();
    noNaN(f);
    expect(f.totals.units).toBe(0);
    expect(f.totals.pctPopulation['4G']).toBe(0);
  });

  it('are never NaN for a zero-population unit with no sites or villages', () => {
    const f = new CoverageModel(oneUnit([], 0), SETTINGS, { ftth: null }).figures();
    noNaN(f);
    expect(f.units[0]?.pctPopulation['4G']).toBe(0);
    expect(f.units[0]?.pctVillages['4G']).toBe(0);
    expect(f.units[0]?.areaKm2).toBeGreaterThan(400);
  });

  it('spread population over villages and the rest of the unit', () => {
    // A small isotropic site in the middle of a 22 km unit: it covers the central village, not the corner one.
    const ds = oneUnit([{ ...site('A', 107.6, 12.1), heightM: 15 }], 10_000);
    ds.villages = [
      { id: 'mid', name: 'mid', unitCode: 'U', population: 3000, geometry: square(107.6, 12.1, 0.005), point: [107.6, 12.1] },
      { id: 'corner', name: 'corner', unitCode: 'U', population: 1000, geometry: square(107.52, 12.02, 0.005), point: [107.52, 12.02] },
      { id: 'pt', name: 'pt', unitCode: 'U', population: 500, geometry: null, point: [107.601, 12.099] },
      { id: 'lost', name: 'lost', unitCode: 'NOPE', population: 10, geometry: null, point: [107.7, 12.0] },
    ];
    const m = new CoverageModel(ds, SETTINGS, { ftth: null });
    const f = m.figures();
    noNaN(f);
    const [mid, corner, pt] = f.villages;
    expect(mid?.covered['4G']).toBe(true);
    expect(mid?.coveredShare['4G']).toBe(1);
    expect(mid?.servingSiteId['4G']).toBe('A');
    expect(mid?.bestDbm['4G']).toBeGreaterThan(-80);
    expect(corner?.covered['4G']).toBe(false);
    expect(corner?.bestDbm['4G']).toBeNull();
    expect(pt?.covered['4G']).toBe(true);
    const u = f.units[0];
    expect(u?.villages).toBe(3);
    expect(u?.pctVillages['4G']).toBeCloseTo((2 / 3) * 100, 6);
    const areaShare = (u?.pctArea['4G'] ?? 0) / 100;
    expect(areaShare).toBeGreaterThan(0);
    expect(areaShare).toBeLessThan(0.5);
    // 3000 + 500 covered in villages; the remaining 5500 follow the covered share of the non-village cells (≈ area share).
    expect(u?.pctPopulation['4G']).toBeCloseTo(((3500 + 5500 * areaShare) / 10_000) * 100, 0);
    expect(u?.sites).toEqual({ C1: { '2G': 0, '3G': 0, '4G': 1, '5G': 0 } });
    expect(f.totals.btsByCarrierTech.C1?.['4G']).toBe(1);
    expect(f.totals.villages).toBe(4);
    expect(f.warnings).toContainEqual({ code: 'village-no-unit', villageId: 'lost', unitCode: 'NOPE' });
    expect(f.units[0]?.ftth.reached).toBe(false);
  });

  it('reports a fully covered unit as 100% area and population', () => {
    const ds = oneUnit([site('A', 107.6, 12.1)], 5000);
    ds.units = ds.units.map((u) => ({ ...u, geometry: square(107.6, 12.1, 0.01) }));
    const f = new CoverageModel(ds, SETTINGS, { ftth: null }).figures();
    expect(f.units[0]?.pctArea['4G']).toBe(100);
    expect(f.units[0]?.pctPopulation['4G']).toBe(100);
    expect(f.totals.pctAreaCovered['4G']).toBe(100);
    expect(f.units[0]?.pctArea['2G']).toBe(0);
  });

  it('takes FTTH results when given', () => {
    const ds = oneUnit([], 100);
    ds.villages = [{ id: 'v', name: 'v', unitCode: 'U', population: 50, geometry: null, point: [107.6, 12.1] }];
    const ftth = {
      villageDistanceM: new Float64Array([120]), villageServed: new Uint8Array([1]),
      units: [{ code: 'U', reached: true, pctVillagesServed: 100, fibreKm: { aerial: 2, underground: 1, duct: 0, unknown: 0 } }],
    };
    const f = new CoverageModel(ds, SETTINGS, { ftth }).figures();
    expect(f.villages[0]?.fibreDistanceM).toBe(120);
    expect(f.villages[0]?.ftthServed).toBe(true);
    expect(f.totals.pctUnitsFtth).toBe(100);
    expect(f.totals.fibreKm.aerial).toBe(2);
  });
});
