import { describe, expect, it } from 'vitest';
import {
  dashboardCarriers, nextSort, sortUnitRows, unitColumns, unitRows, type UnitSort,
} from '../../src/app/rules-dashboard';
import type { CoverageFigures, UnitFigures } from '../../src/domain/coverage';
import type { Technology } from '../../src/domain/model/types';

const tech = (t4: number, t5: number): Record<Technology, number> => ({ '2G': 0, '3G': 0, '4G': t4, '5G': t5 });

function unit(code: string, name: string, v4: number, sites: Record<string, Record<Technology, number>>, aerialKm = 0): UnitFigures {
  return {
    code, name, type: 'Xã', district: 'D', population: 1000, areaKm2: 10, villages: 4,
    pctArea: tech(v4 / 2, 0), pctPopulation: tech(v4, 0), pctVillages: tech(v4, 0), sites, siteCount: Object.values(sites).reduce((s, byTech) => s + Math.max(...Object.values(byTech)), 0),
    ftth: { reached: aerialKm > 0, pctVillagesServed: aerialKm > 0 ? 50 : 0, fibreKm: { aerial: aerialKm, underground: 1, duct: 0.5, unknown: 0 } },
  };
}

const figures = (units: UnitFigures[]): CoverageFigures => ({ techs: ['4G', '5G'], units, villages: [], totals: {} as CoverageFigures['totals'], warnings: [] });

const baseline = figures([
  unit('A', 'Ea Sol', 50, { Viettel: { '2G': 1, '3G': 0, '4G': 2, '5G': 0 } }, 3),
  unit('B', 'Buôn Đôn', 25, { VNPT: tech(1, 0) }),
  unit('C', 'Cư M\'gar', 75, {}),
]);
// The scenario adds one proposer site in B (4G goes 25 -> 100) and one Viettel 5G radio in A.
const scenario = figures([
  unit('A', 'Ea Sol', 50, { Viettel: { '2G': 1, '3G': 0, '4G': 2, '5G': 1 } }, 3),
  unit('B', 'Buôn Đôn', 100, { VNPT: tech(1, 0), Proposed: tech(1, 0) }),
  unit('C', 'Cư M\'gar', 75, {}),
]);

describe('per-commune dashboard rows', () => {
  it('joins baseline and scenario by unit and lists real carriers sorted, the proposer last', () => {
    const rows = unitRows(baseline, scenario);
    expect(rows.map((r) => [r.code, r.baseline?.pctVillages['4G'], r.scenario?.pctVillages['4G']])).toEqual([['A', 50, 50], ['B', 25, 100], ['C', 75, 75]]);
    expect(dashboardCarriers(baseline, scenario)).toEqual(['VNPT', 'Viettel', 'Proposed']);
    expect(dashboardCarriers(baseline)).toEqual(['VNPT', 'Viettel']);
  });

  it('has coverage, fixed and BTS columns with the figures of each unit', () => {
    const cols = unitColumns(dashboardCarriers(baseline, scenario));
    expect(cols.filter((c) => c.group === 'coverage').map((c) => c.id)).toEqual(['villages4g', 'villages5g', 'pop4g', 'pop5g', 'area4g', 'area5g']);
    const a = scenario.units[0];
    if (!a) throw new Error('no unit');
    const value = (id: string) => cols.find((c) => c.id === id)?.value(a);
    expect(value('area4g')).toBe(25);
    expect(value('ftth')).toBe(1);
    expect(value('kmAerial')).toBe(3);
    expect(value('kmUnderground')).toBe(1.5);
    expect(value('bts-Viettel')).toBe(4);
    expect(value('bts-VNPT')).toBe(0);
  });

  it('sorts by baseline, scenario or change, missing units last, and flips on a second click', () => {
    const cols = unitColumns(dashboardCarriers(baseline, scenario));
    const rows = unitRows(baseline, figures([...scenario.units, unit('D', 'Mới', 10, {})]));
    const order = (sort: UnitSort) => sortUnitRows(rows, cols, sort).map((r) => r.code);
    expect(order({ columnId: 'villages4g', side: 'baseline', descending: true })).toEqual(['C', 'A', 'B', 'D']);
    expect(order({ columnId: 'villages4g', side: 'scenario', descending: true })).toEqual(['B', 'C', 'A', 'D']);
    expect(order({ columnId: 'villages4g', side: 'change', descending: true })).toEqual(['B', 'C', 'A', 'D']); // A and C unchanged: by name
    expect(order({ columnId: 'villages4g', side: 'scenario', descending: false })).toEqual(['D', 'A', 'C', 'B']);
    expect(order({ columnId: 'name', side: 'scenario', descending: false })).toEqual(['B', 'C', 'A', 'D']);
    const first = nextSort({ columnId: 'name', side: 'scenario', descending: false }, 'pop4g', 'baseline');
    expect(first).toEqual({ columnId: 'pop4g', side: 'baseline', descending: true });
    expect(nextSort(first, 'pop4g', 'baseline').descending).toBe(false);
  });
});
