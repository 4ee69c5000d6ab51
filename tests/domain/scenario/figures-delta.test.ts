import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import type { Dataset, Site } from '../../../src/domain/model/types';
import { figuresDelta, isEmptyDelta } from '../../../src/domain/scenario/figures-delta';
import { compareTable } from '../../../src/domain/scenario/compare-table';
import { newProposedSite } from '../../../src/domain/scenario/proposed-site';

/** Two 10 km square communes side by side with one village each; one existing site in the west commune. */
function square(x0: number, y0: number, d: number) {
  return { type: 'Polygon' as const, coordinates: [[[x0, y0], [x0 + d, y0], [x0 + d, y0 + d], [x0, y0 + d], [x0, y0]]] };
}
const d = 0.09;
const dataset: Dataset = {
  meta: { name: 'toy', synthetic: true, sources: [] },
  units: [
    { code: 'W', name: 'Xã Tây', type: 'Xã', district: 'H', population: 1000, clutter: 'rural', geometry: square(107.5, 12, d) },
    { code: 'E', name: 'Xã Đông', type: 'Xã', district: 'H', population: 3000, clutter: 'rural', geometry: square(107.5 + d, 12, d) },
  ],
  villages: [
    { id: 'vw', name: 'Thôn Tây', unitCode: 'W', population: 1000, geometry: square(107.54, 12.04, 0.01), point: [107.545, 12.045] },
    { id: 've', name: 'Bon Đông', unitCode: 'E', population: 3000, geometry: square(107.63, 12.04, 0.01), point: [107.635, 12.045] },
  ],
  sites: [{ ...newProposedSite('S1', 107.545, 12.045, 'Viettel'), proposed: false }],
  fibre: [],
};

describe('figuresDelta', () => {
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100 };
  const model = new CoverageModel(dataset, settings, { ftth: null });
  const baseline = model.figures();
  const added: Site = newProposedSite('P-1', 107.635, 12.045, 'Viettel');
  model.upsertSite(added);
  const scenario = model.figures();

  it('names the village a proposed site newly covers and the people gained', () => {
    expect(baseline.villages.find((v) => v.id === 've')?.covered['4G']).toBe(false);
    const delta = figuresDelta(baseline, scenario, '4G');
    expect(delta.gained.map((v) => v.name)).toEqual(['Bon Đông']);
    expect(delta.lost).toEqual([]);
    const east = delta.units.find((u) => u.code === 'E');
    expect(east?.populationPp).toBeCloseTo(100, 5);
    expect(east?.peopleGained).toBe(3000);
    expect(delta.peopleGained).toBeGreaterThanOrEqual(3000);
    expect(east?.areaPp ?? 0).toBeGreaterThan(5);
  });

  it('is empty between identical figures and reverses sign when swapped', () => {
    expect(isEmptyDelta(figuresDelta(baseline, baseline, '4G'))).toBe(true);
    const back = figuresDelta(scenario, baseline, '4G');
    expect(back.lost.map((v) => v.id)).toEqual(['ve']);
    expect(back.peopleGained).toBe(-figuresDelta(baseline, scenario, '4G').peopleGained);
  });

  it('compare table carries both sides and their difference, with a total row', () => {
    const rows = compareTable(baseline, scenario, '4G');
    expect(rows.map((r) => r.code)).toEqual(['W', 'E', '']);
    const e = rows[1];
    expect(e?.popA).toBe(0);
    expect(e?.popB).toBeCloseTo(100, 5);
    expect(e?.sitesA).toBe(0);
    expect(e?.sitesB).toBe(1);
    const total = rows[2];
    expect(total?.popDiff).toBeCloseTo(75, 5);
  });
});
