import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { UnitLocator, isUrbanUnit } from '../../../src/domain/rules';
import type { ReportingUnit } from '../../../src/domain/model/types';
import { toyDataset } from './toy-dataset';

/** A thin C shape opening east: its centroid falls in the empty middle. */
const cShape: ReportingUnit = {
  code: 'C', name: 'C', type: 'Phường ', district: 'D', population: 1, clutter: 'urban',
  geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 0.1], [0.1, 0.1], [0.1, 0.9], [1, 0.9], [1, 1], [0, 1], [0, 0]]] },
};

describe('UnitLocator', () => {
  const { units } = toyDataset();
  const locator = new UnitLocator(units);

  it('finds the unit containing a point, −1 outside', () => {
    expect(locator.unitAt(107.55, 12.05)?.code).toBe('T1');
    expect(locator.unitAt(107.71, 12.02)?.code).toBe('X2');
    expect(locator.indexAt(107.4, 12.05)).toBe(-1);
  });

  it('uses the centroid of a convex unit and a point inside a concave one', () => {
    const c = locator.centre(1);
    expect(c?.[0]).toBeCloseTo(107.65, 6);
    expect(c?.[1]).toBeCloseTo(12.05, 6);
    const concave = new UnitLocator([cShape]).centre(0);
    expect(concave && booleanPointInPolygon([concave[0], concave[1]], cShape.geometry)).toBe(true);
  });

  it('counts wards and towns as urban cores, whitespace aside', () => {
    expect(units.map(isUrbanUnit)).toEqual([true, false, false]);
    expect(isUrbanUnit(cShape)).toBe(true);
  });
});
