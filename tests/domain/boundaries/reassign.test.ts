import { describe, it, expect } from 'vitest';
import { buildCrosswalk } from '../../../src/domain/boundaries/crosswalk';
import { populationFromParts, reassignDataset } from '../../../src/domain/boundaries/reassign';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, type UnitFigures } from '../../../src/domain/coverage';
import { generateDemo2025Units, generateDemoDataset } from '../../../src/domain/demo';
import type { Clutter, Dataset } from '../../../src/domain/model/types';
import { rectUnit } from './test-units';

describe('reassignDataset', () => {
  it('moves villages by their point, falls back through the crosswalk, and fills population from the parts', () => {
    const a = rectUnit('A', 107.0, 12.0, 107.1, 12.1, 1000);
    const b = rectUnit('B', 107.1, 12.0, 107.2, 12.1, 501);
    const merged = rectUnit('AB', 107.0, 12.0, 107.2, 12.1);
    const dataset: Dataset = {
      meta: { name: 'd', synthetic: true, sources: [] },
      units: [a, b],
      villages: [
        { id: 'v1', name: 'v1', unitCode: 'A', population: 10, geometry: null, point: [107.05, 12.05] },
        // Outside every new polygon (a bad survey point): placed through its old unit.
        { id: 'v2', name: 'v2', unitCode: 'B', population: 10, geometry: null, point: [107.5, 12.5] },
        { id: 'v3', name: 'v3', unitCode: 'ZZ', population: 10, geometry: null, point: [108, 13] },
      ],
      sites: [], fibre: [],
    };
    const cw = buildCrosswalk(dataset.units, [merged]);
    const r = reassignDataset(dataset, [merged], cw, { boundarySetName: '2025' });
    expect(r.dataset.villages.map((v) => v.unitCode)).toEqual(['AB', 'AB', 'ZZ']);
    expect(r.viaCrosswalk).toEqual(['v2']);
    expect(r.unplaced).toEqual(['v3']);
    expect(r.dataset.units[0]?.population).toBe(1501);
    expect(r.populationFromParts).toEqual(['AB']);
    expect(r.dataset.meta.name).toBe('d — 2025');
  });

  it('splits a split unit’s population by area share without losing anyone to rounding', () => {
    const b = rectUnit('B', 107.1, 12.0, 107.2, 12.1, 1001);
    const cw = buildCrosswalk([b], [rectUnit('L', 107.1, 12.0, 107.125, 12.1), rectUnit('R', 107.125, 12.0, 107.2, 12.1)]);
    const pop = populationFromParts([b], cw);
    expect((pop.get('L') ?? 0) + (pop.get('R') ?? 0)).toBe(1001);
    expect(pop.get('R') ?? 0).toBeGreaterThan(700);
    expect(pop.get('R') ?? 0).toBeLessThan(800);
  });
});

/**
 * Sites pick their propagation model from the clutter of the unit they stand in, and a merged unit has one
 * clutter where its parts had several, so coverage legitimately changes with the boundary set. To compare
 * only the reassignment, both runs get every unit as 'rural'.
 */
function ruralEverywhere(codes: readonly string[]): Record<string, Clutter> {
  return Object.fromEntries(codes.map((c) => [c, 'rural' as const]));
}

describe('figures on the 2025 units of the demo', () => {
  it('equal the sum of the 2024 parts for every nesting unit', () => {
    const demo = generateDemoDataset();
    const units2025 = generateDemo2025Units(demo);
    const cw = buildCrosswalk(demo.units, units2025);
    const moved = reassignDataset(demo, units2025, cw, { forcePopulationFromParts: true });
    expect(moved.unplaced).toEqual([]);
    const settings = {
      ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G' as const],
      clutterOverrides: ruralEverywhere([...demo.units, ...units2025].map((u) => u.code)),
    };
    const f2024 = new Map(new CoverageModel(demo, settings, { ftth: null }).figures().units.map((u) => [u.code, u]));
    const f2025 = new CoverageModel(moved.dataset, settings, { ftth: null }).figures().units;
    const covered = (u: UnitFigures): number => (u.pctArea['4G'] / 100) * u.areaKm2;
    let checked = 0;
    for (const u of f2025) {
      if (!cw.nests.get(u.code)) continue;
      const parts = (cw.byNew.get(u.code) ?? []).map((l) => f2024.get(l.oldCode)).filter((p) => p !== undefined);
      expect(parts.length).toBeGreaterThan(0);
      expect(u.population).toBe(parts.reduce((s, p) => s + p.population, 0));
      expect(u.villages).toBe(parts.reduce((s, p) => s + p.villages, 0));
      const area = parts.reduce((s, p) => s + p.areaKm2, 0);
      // Both runs share one grid (the dissolved units have the 2024 bounding box), so only cells whose centre
      // sits on a dissolved border whose vertices the union moved could flip: allow 0.5% of the unit's area.
      const tolerance = 0.005 * area;
      expect(Math.abs(u.areaKm2 - area)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(covered(u) - parts.reduce((s, p) => s + covered(p), 0))).toBeLessThanOrEqual(tolerance);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });
});
