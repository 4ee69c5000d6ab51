import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { dissolveUnits, unitLabelPoints } from '../../../src/domain/display/unit-outlines';
import type { ReportingUnit } from '../../../src/domain/model/types';

const square = (x0: number, y0: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]],
});
const unit = (code: string, district: string, geometry: ReportingUnit['geometry']): ReportingUnit => ({
  code, name: code, type: 'Xã', district, population: 100, clutter: 'rural', geometry,
});

describe('unit outlines', () => {
  it('dissolves neighbouring units of one district into one outline of their total area', () => {
    const units = [unit('a', 'D1', square(107, 12, 0.1)), unit('b', 'D1', square(107.1, 12, 0.1)), unit('c', 'D2', square(108, 12, 0.1))];
    const outlines = dissolveUnits(units, (u) => u.district);
    expect(outlines.map((o) => o.key).sort()).toEqual(['D1', 'D2']);
    const d1 = outlines.find((o) => o.key === 'D1');
    expect(d1?.geometry.type).toBe('Polygon');
    const expected = turf.area(square(107, 12, 0.1)) * 2;
    expect(turf.area(d1?.geometry ?? square(0, 0, 0))).toBeCloseTo(expected, -3);
  });

  it('skips units without a key (post-2025 units have no district)', () => {
    expect(dissolveUnits([unit('a', '', square(107, 12, 0.1))], (u) => u.district)).toEqual([]);
  });

  it('puts each label inside its unit, even for a U-shaped unit whose centroid lies outside', () => {
    const u = {
      type: 'Polygon' as const,
      coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]],
    };
    const [label] = unitLabelPoints([unit('u', 'D', u)]);
    expect(label).toBeDefined();
    expect(turf.booleanPointInPolygon([label?.point[0] ?? -1, label?.point[1] ?? -1], u)).toBe(true);
  });

  it('ranks labels wards and towns first, then by population', () => {
    const at = (code: string, type: string, population: number): ReportingUnit => ({ ...unit(code, 'D', square(0, 0, 1)), type, population });
    const labels = unitLabelPoints([at('xa-big', 'Xã', 9000), at('phuong', 'Phường', 3000), at('xa-small', 'Xã', 800), at('tt', 'Thị trấn', 5000)]);
    expect(labels.map((l) => [l.code, l.rank])).toEqual([['xa-big', 2], ['phuong', 1], ['xa-small', 3], ['tt', 0]]);
  });
});
