import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { ReportingUnit } from '../../../src/domain/model/types';
import { readUnits, readVillages } from '../../../src/io/geojson';
import { feature, fixtureFeatures, issuesAt, square } from './fixture-helpers';
import { reasonEn } from '../../helpers/reason-en';

const units: ReportingUnit[] = readUnits(
  [
    feature({ type: 'Polygon', coordinates: [square(107.6, 12.0, 0.03)] }, { code: '24615', name: 'Phường Nghĩa Tân', population: 1 }),
    feature({ type: 'Polygon', coordinates: [square(107.64, 12.0, 0.03)] }, { code: '24616', name: 'Xã Đắk Nia', population: 1 }),
  ],
  'u',
).items;

describe('readVillages', () => {
  const r = readVillages(fixtureFeatures('villages.geojson'), 'villages.geojson', units);
  const byId = (id: string) => r.items.find((v) => v.id === id);

  it('reads point villages with Vietnamese keys in any case', () => {
    expect(byId('v1')).toEqual({ id: 'v1', name: 'Thôn 1', unitCode: '24615', population: 450, geometry: null, point: [107.61, 12.01] });
  });

  it('finds the unit by point-in-polygon when the unit code is missing', () => {
    expect(byId('v2')).toMatchObject({ name: 'Bon Bu Prăng', unitCode: '24616', population: 0 });
    expect(issuesAt(r.issues, 1)).toEqual([]);
  });

  it('keeps a polygon village with a label point inside it', () => {
    const v = byId('v3');
    expect(v?.geometry?.type).toBe('Polygon');
    expect(v?.unitCode).toBe('24616');
    expect(v?.population).toBe(1200);
    expect(v && v.geometry && booleanPointInPolygon([v.point[0], v.point[1]], v.geometry)).toBe(true);
  });

  it('warns when a village lies in none of the units, and keeps it with an empty unit code', () => {
    expect(byId('v4')?.unitCode).toBe('');
    expect(reasonEn(issuesAt(r.issues, 3)[0])).toContain('lies in none of the given units');
  });

  it('takes the first point of a MultiPoint with a warning', () => {
    expect(byId('v5')).toMatchObject({ unitCode: '24615', point: [107.61, 12.012] });
    expect(reasonEn(issuesAt(r.issues, 4)[0])).toBe('feature 4: MultiPoint with 2 points; used the first');
  });

  it('without units, warns that the unit code cannot be found', () => {
    const plain = readVillages([feature({ type: 'Point', coordinates: [107.65, 12.01] }, { name: 'Thôn 9' })], 'v.geojson');
    expect(plain.items[0]).toMatchObject({ id: 'v.geojson#0', unitCode: '' });
    expect(plain.issues.map((i) => reasonEn(i))).toEqual([
      'feature 0: no id property (id/ma_thon); using "v.geojson#0"',
      'feature 0: no unit_code property and no units to locate it in; unitCode left empty',
    ]);
  });

  it('rejects a line geometry', () => {
    const bad = readVillages([feature({ type: 'LineString', coordinates: [[107, 12], [108, 12]] }, { id: 'x' })], 'v');
    expect(bad.items).toEqual([]);
    expect(reasonEn(bad.issues[0])).toBe('feature 0: rejected: geometry is LineString; expected Point or MultiPoint');
  });
});
