/**
 * The stated grid limit: a world-sized area is refused by the engine with a coded error naming the feature before
 * any allocation (it used to fail with "Array buffer allocation failed"), and the real and bench areas fit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import { areaGridProblem } from '../../../src/domain/coverage/area-limit';
import { GridTooLargeError } from '../../../src/domain/coverage/grid-too-large';
import { renderMessage } from '../../../src/i18n/messages';
import { baselineSiteClutters } from '../../../src/domain/boundaries/site-clutter';
import { generateDemoDataset } from '../../../src/domain/demo';
import { limitAreaKm2, MAX_GRID_BYTES, MAX_GRID_CELLS } from '../../../src/domain/grid/grid-limit';
import type { Dataset, ReportingUnit } from '../../../src/domain/model/types';
import { readUnits } from '../../../src/io/geojson';
import { syntheticDataset } from '../../../bench/cases/national-synthetic';
import { oneUnit, site } from './helpers';

const WORLD: ReportingUnit = {
  code: 'W1', name: 'World', type: 'Xã', district: '', population: 1, clutter: 'rural',
  geometry: { type: 'Polygon', coordinates: [[[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]]] },
};

describe('the grid limit', () => {
  it('is stated once: 100 million cells and 1 GiB, 1,000,000 km² at 100 m and 250,000 km² at 50 m', () => {
    expect(MAX_GRID_CELLS).toBe(100_000_000);
    expect(MAX_GRID_BYTES).toBe(2 ** 30);
    expect(limitAreaKm2(100)).toBe(1_000_000);
    expect(limitAreaKm2(50)).toBe(250_000);
  });

  it('the engine refuses a world polygon with a coded error naming the unit, before allocating', () => {
    const world: Dataset = { ...oneUnit([site('S1', 107.6, 12.1)]), units: [WORLD] };
    let thrown: unknown;
    try {
      new CoverageModel(world, DEFAULT_COVERAGE_SETTINGS);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(GridTooLargeError);
    const error = thrown as GridTooLargeError;
    expect(error.code).toBe('grid-too-large');
    expect(error.problem.culprit).toMatchObject({ layer: 'units', index: 0, id: 'W1' });
    expect(renderMessage('en', error.coded)).toMatch(/^unit "W1" \(World\): the coverage grid would span [\d,]+ km², [\d,]+ cells of 100 m .*the limit is 100,000,000 cells \(1,000,000 km² at 100 m cells\) and 1 GiB$/);
    expect(() => baselineSiteClutters(world, 100, {})).toThrow(GridTooLargeError);
  });

  it('names the world polygon among real communes, and a far site when sites size the grid', () => {
    const demo = generateDemoDataset();
    const withWorld = { ...demo, units: [...demo.units.slice(0, 3), WORLD, ...demo.units.slice(3)] };
    expect(areaGridProblem(withWorld, 100)?.culprit).toMatchObject({ layer: 'units', index: 3, id: 'W1' });
    // With no units the sites size the grid: a site at 0°, 0° among sites in Đắk Nông is the one named.
    const sitesOnly: Dataset = { ...demo, units: [], sites: [...demo.sites.slice(0, 5), site('NULL-ISLAND', 0, 0), ...demo.sites.slice(5)] };
    expect(areaGridProblem(sitesOnly, 100)?.culprit).toMatchObject({ layer: 'sites', index: 5, id: 'NULL-ISLAND' });
    const refusal = (() => {
      try {
        return new CoverageModel(sitesOnly, DEFAULT_COVERAGE_SETTINGS);
      } catch (e) {
        return e;
      }
    })();
    expect(refusal).toBeInstanceOf(GridTooLargeError);
    expect(renderMessage('en', (refusal as GridTooLargeError).coded)).toMatch(/^site "NULL-ISLAND": the coverage grid/);
    // With units, a far site only falls outside the grid: it does not size it.
    expect(areaGridProblem({ ...demo, sites: sitesOnly.sites }, 100)).toBeNull();
  });

  it('villages and fibre never size the grid: a fibre route across the world is computed, not refused', () => {
    const demo = generateDemoDataset();
    const route = { id: 'F-WORLD', name: 'Round the world', laying: 'aerial' as const, kind: 'unknown' as const, coordinates: [[-179, -80], [0, 0], [179, 80]] as [number, number][] };
    const withRoute = { ...demo, fibre: [...demo.fibre, route] };
    expect(areaGridProblem(withRoute, 100)).toBeNull();
    expect(new CoverageModel(withRoute, DEFAULT_COVERAGE_SETTINGS).grid.nx).toBe(new CoverageModel(demo, DEFAULT_COVERAGE_SETTINGS).grid.nx);
  });

  it('the demo province fits at 50 m and the national bench case at 100 m, with every technology', () => {
    expect(areaGridProblem(generateDemoDataset(), 50)).toBeNull();
    const national = syntheticDataset();
    expect(areaGridProblem(national, 100)).toBeNull();
    // ...and it is refused at 50 m (132M cells), where the app must keep 100 m.
    expect(areaGridProblem(national, 50)?.size.cells).toBeGreaterThan(MAX_GRID_CELLS);
  });

  const real = '/work/shared/data/daknong/communes-2024.geojson';
  it.skipIf(!existsSync(real))('the real Đắk Nông communes fit at 50 m', () => {
    const read = readUnits((JSON.parse(readFileSync(real, 'utf8')) as { features: unknown[] }).features, 'communes-2024.geojson');
    const dataset: Dataset = { ...generateDemoDataset(), units: read.items };
    expect(read.items.length).toBeGreaterThan(60);
    expect(areaGridProblem(dataset, 50)).toBeNull();
  });
});
