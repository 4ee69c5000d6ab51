import { describe, expect, it } from 'vitest';
import type { CoverageFigures, UnitFigures } from '../../../src/domain/coverage';
import { boundaryDifferences } from '../../../src/domain/print';

const perTech = (v: number) => ({ '2G': v, '3G': v, '4G': v, '5G': v });

function figures(areaKm2: number[], o: { pctArea?: number; pctPopulation?: number; pctVillages?: number; population?: number; villages?: number[]; sites?: number; outside?: number } = {}): CoverageFigures {
  const units = areaKm2.map((a, i) => ({ code: `u${i}`, areaKm2: a, villages: o.villages?.[i] ?? 3 }) as UnitFigures);
  const outside = Array.from({ length: o.outside ?? 0 }, (_, i) => ({ id: `s${i}`, name: `S${i}` }));
  return {
    techs: ['4G'], units, villages: [], warnings: [],
    totals: {
      units: units.length, villages: 0, population: o.population ?? 1000, sites: o.sites ?? 10, pctVillages: perTech(o.pctVillages ?? 50), pctPopulation: perTech(o.pctPopulation ?? 60),
      pctAreaCovered: perTech(o.pctArea ?? 90), pctUnitsFtth: 0, pctVillagesFtth: 0, btsByCarrierTech: {}, fibreKm: { aerial: 0, underground: 0, duct: 0, unknown: 0 }, sitesOutsideUnits: outside,
    },
  };
}

describe('boundaryDifferences', () => {
  it('says nothing when every figure prints the same (to 0.1 %)', () => {
    expect(boundaryDifferences(figures([100, 200], { pctArea: 93.21 }), figures([150, 150], { pctArea: 93.24 }), '4G')).toEqual([]);
  });

  it('puts an area gap on the same ground down to the units cutting the grid cells differently', () => {
    const d = boundaryDifferences(figures([100, 200], { pctArea: 93.2 }), figures([151, 150], { pctArea: 93.4 }), '4G');
    expect(d).toEqual([{ figure: 'area', shown: 93.2, other: 93.4, reason: 'cellsCut', evidence: [300, 301] }]);
  });

  it('puts it down to different ground when the areas are more than 2 % apart', () => {
    const [d] = boundaryDifferences(figures([300], { pctArea: 80 }), figures([320], { pctArea: 85 }), '4G');
    expect(d?.reason).toBe('groundDiffers');
  });

  it('gives a population gap its population, villages their count, and sites those outside every unit', () => {
    const d = boundaryDifferences(
      figures([300], { pctPopulation: 60, population: 1000, pctVillages: 50, villages: [10], sites: 12, outside: 2 }),
      figures([300], { pctPopulation: 62, population: 1200, pctVillages: 55, villages: [12], sites: 12, outside: 0 }),
      '4G',
    );
    expect(d.map((x) => [x.figure, x.reason, x.evidence])).toEqual([
      ['population', 'peopleDiffer', [1000, 1200]],
      ['villages', 'villagesDiffer', [10, 12]],
      ['sites', 'sitesOutside', [2, 0]],
    ]);
    expect(d[2]?.shown).toBe(10);
    expect(d[2]?.other).toBe(12);
  });
});
