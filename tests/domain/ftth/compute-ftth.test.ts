import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { computeFtth } from '../../../src/domain/ftth';
import type { Dataset, ReportingUnit, Village } from '../../../src/domain/model/types';
import { route, square } from './fixtures';

function unit(code: string, lon0: number): ReportingUnit {
  return { code, name: code, type: 'Xã', district: 'D', population: 1000, clutter: 'rural', geometry: square(lon0, 0, 0.1) };
}

function village(id: string, unitCode: string, lon: number, lat: number, withPolygon: boolean): Village {
  return {
    id, name: id, unitCode, population: 100,
    geometry: withPolygon ? square(lon, lat, 0.01) : null,
    point: [lon + 0.005, lat + 0.005],
  };
}

describe('computeFtth', () => {
  // Unit A (lon 0..0.1) has a fibre line along lon 0.05; unit B (lon 0.2..0.3) has none inside.
  const dataset: Dataset = {
    meta: { name: 't', synthetic: true, sources: [] },
    units: [unit('A', 0), unit('B', 0.2), unit('C', 0.5)],
    villages: [
      village('a1', 'A', 0.0445, 0.02, true),   // east edge 0.0545: crosses the line → 0 m
      village('a2', 'A', 0.01, 0.05, true),     // east edge 0.02: ~3.3 km from the line
      village('b1', 'B', 0.2, 0.05, false),     // point (0.205, 0.055): nearest is the spur end
      village('b2', 'B', 0.2, 0.08, true),      // west edge 0.2: 0.198 → 222 m from the spur end
    ],
    sites: [],
    fibre: [
      route('trunk', [[0.05, -0.05], [0.05, 0.15]], 'underground'),
      route('spur', [[0.05, 0.085], [0.198, 0.085]], 'aerial'),
    ],
  };

  it('measures village distances from polygons or points and applies the FTTH distance', () => {
    const r = computeFtth(dataset, 500);
    expect(r.villageDistanceM[0]).toBe(0);
    expect(r.villageDistanceM[1]).toBeGreaterThan(3000);
    const b1Expected = distance([0.205, 0.055], [0.198, 0.085], { units: 'meters' });
    expect(r.villageDistanceM[2]).toBeCloseTo(b1Expected, -1);
    expect(r.villageDistanceM[3]).toBeGreaterThan(200);
    expect(r.villageDistanceM[3]).toBeLessThan(250);
    expect(Array.from(r.villageServed)).toEqual([1, 0, 0, 1]);
  });

  it('reports reach, % villages served and km inside each unit by laying', () => {
    const r = computeFtth(dataset, 500);
    const [a, b, c] = r.units;
    expect(a?.reached).toBe(true);
    expect(a?.pctVillagesServed).toBe(50);
    // the trunk crosses unit A from lat 0 to 0.1: ~11.1 km underground; the spur runs 0.05 → 0.1 inside A
    expect(a?.fibreKm.underground).toBeCloseTo(11.12, 1);
    expect(a?.fibreKm.aerial).toBeCloseTo(5.56, 1);
    // unit B has no fibre inside but one village within 500 m
    expect(b?.reached).toBe(true);
    expect(b?.fibreKm.aerial).toBe(0);
    expect(b?.pctVillagesServed).toBe(50);
    // unit C has neither villages nor fibre
    expect(c).toEqual({ code: 'C', reached: false, pctVillagesServed: 0, fibreKm: { aerial: 0, underground: 0, duct: 0, unknown: 0 } });
  });

  it('serves nothing when the distance is 0 except villages the fibre enters', () => {
    const r = computeFtth(dataset, 0);
    expect(Array.from(r.villageServed)).toEqual([1, 0, 0, 0]);
    expect(r.units[1]?.reached).toBe(false);
  });

  it('gives Infinity when there is no fibre at all', () => {
    const r = computeFtth({ ...dataset, fibre: [] }, 500);
    expect(Array.from(r.villageDistanceM).every((d) => d === Infinity)).toBe(true);
    expect(r.units.every((u) => !u.reached)).toBe(true);
  });
});
