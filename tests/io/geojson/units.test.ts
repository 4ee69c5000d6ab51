import { booleanClockwise } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { readUnits } from '../../../src/io/geojson';
import { feature, fixtureFeatures, issuesAt, square } from './fixture-helpers';
import { reasonEn } from '../../helpers/reason-en';

const FILE = 'units-messy.geojson';
const result = readUnits(fixtureFeatures(FILE), FILE);
const byName = (name: string) => result.items.find((u) => u.name === name);
const errorsAt = (index: number) => issuesAt(result.issues, index).filter((i) => i.severity === 'error');
const warningsAt = (index: number) => issuesAt(result.issues, index).filter((i) => i.severity === 'warning');

describe('readUnits on a messy file', () => {
  it('accounts for every feature: each one is read or rejected with an error', () => {
    const rejected = new Set(result.issues.filter((i) => i.severity === 'error').map((i) => i.index));
    expect(rejected).toEqual(new Set([9, 10, 11, 12, 13, 15]));
    expect(result.items).toHaveLength(16 - rejected.size);
  });

  it('reads upper-case Vietnamese aliases, a dotted thousands population, and infers the type from the name', () => {
    expect(result.items[0]).toMatchObject({ code: '24615', name: 'Phường Nghĩa Tân', type: 'Phường', district: 'Thành phố Gia Nghĩa', population: 8396, clutter: 'urban' });
    expect(warningsAt(0)).toEqual([]);
  });

  it('reads mixed-case English keys, numeric codes and a lower-case type word', () => {
    expect(byName('Xã Đắk Nia')).toMatchObject({ code: '24616', type: 'Xã', district: 'Gia Nghĩa', population: 12000, clutter: 'rural' });
  });

  it('rewinds a clockwise outer ring to counter-clockwise without an issue', () => {
    const unit = byName('Xã Đắk Nia');
    expect(unit?.geometry.type).toBe('Polygon');
    const ring = unit?.geometry.type === 'Polygon' ? unit.geometry.coordinates[0] : undefined;
    expect(ring && booleanClockwise(ring)).toBe(false);
    expect(issuesAt(result.issues, 1)).toEqual([]);
  });

  it('keeps holes (wound clockwise) and MultiPolygons; a clutter property overrides the default', () => {
    const town = byName('Thị trấn Kiến Đức');
    expect(town).toMatchObject({ code: '24620', type: 'Thị trấn', clutter: 'urban', population: 15000 });
    const rings = town?.geometry.type === 'Polygon' ? town.geometry.coordinates : [];
    expect(rings).toHaveLength(2);
    expect(rings[1] && booleanClockwise(rings[1])).toBe(true);
    const zone = byName('Đặc khu Thử');
    expect(zone).toMatchObject({ type: 'Đặc khu', clutter: 'open', population: 500 });
    expect(zone?.geometry.type === 'MultiPolygon' && zone.geometry.coordinates.length).toBe(2);
  });

  it('closes an unclosed ring with a warning', () => {
    const unit = byName('Xã Hở');
    const ring = unit?.geometry.type === 'Polygon' ? unit.geometry.coordinates[0] : [];
    expect(ring).toHaveLength(5);
    expect(ring?.[0]).toEqual(ring?.[4]);
    expect(warningsAt(4).map((w) => reasonEn(w))).toEqual(['feature 4: polygon outer ring was not closed; closed it by repeating its first position']);
  });

  it('drops z values and warns once for the file', () => {
    const unit = byName('Xã Cao');
    const ring = unit?.geometry.type === 'Polygon' ? unit.geometry.coordinates[0] : [];
    expect(ring?.every((p) => p.length === 2)).toBe(true);
    const zWarnings = result.issues.filter((i) => reasonEn(i).includes('3D/4D'));
    expect(zWarnings).toHaveLength(1);
    expect(zWarnings[0]?.index).toBe(5);
  });

  it('accepts a self-intersecting polygon with a warning naming the feature', () => {
    expect(byName('Xã Chéo')).toBeDefined();
    const [w] = warningsAt(6);
    expect(reasonEn(w)).toMatch(/^feature 6: polygon intersects itself at 1 point\(s\), first near \[107\.71000, 12\.21000\]/);
  });

  it('keeps both units with a duplicate code, suffixing the later one', () => {
    expect(byName('Xã Trùng')?.code).toBe('24615-2');
    expect(byName('Phường Nghĩa Tân')?.code).toBe('24615');
    expect(warningsAt(7).map((w) => reasonEn(w))).toEqual(['feature 7: duplicate unit code "24615" (also feature 0); kept as "24615-2"']);
  });

  it('takes the polygons of a GeometryCollection and warns about what it ignored', () => {
    expect(byName('Xã Gộp')?.geometry.type).toBe('Polygon');
    expect(reasonEn(warningsAt(8)[0])).toContain('ignored 1 geometries');
    expect(reasonEn(errorsAt(15)[0])).toBe('feature 15: rejected: GeometryCollection holds Point but no Polygon or MultiPolygon');
  });

  it('rejects bad geometry naming the bad value', () => {
    expect(reasonEn(errorsAt(9)[0])).toBe('feature 9: rejected: geometry is null');
    expect(reasonEn(errorsAt(10)[0])).toBe('feature 10: rejected: coordinate [107.8, "abc"] is not a number');
    expect(reasonEn(errorsAt(11)[0])).toContain('coordinate [107.8, 95] has latitude 95 outside [-90, 90]');
    expect(reasonEn(errorsAt(12)[0])).toContain('polygon outer ring has 3 positions; a ring needs at least 4');
    expect(reasonEn(errorsAt(13)[0])).toContain('geometry is empty');
  });

  it('sets a missing population to 0 with a warning', () => {
    expect(byName('Xã Thiếu')?.population).toBe(0);
    expect(reasonEn(warningsAt(14)[0])).toBe('feature 14: no population property; population set to 0');
  });
});

describe('readUnits edge cases', () => {
  it('never throws on garbage and reports every item', () => {
    const garbage: unknown[] = [null, 42, 'text', [], { type: 'Feature' }, { geometry: { type: 'Circle', coordinates: [1, 2] } }];
    const r = readUnits(garbage, 'g.geojson');
    expect(r.items).toEqual([]);
    expect(r.issues.map((i) => i.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(reasonEn(r.issues[5])).toContain('"Circle"');
  });

  it.each([
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [null, 'null'],
  ])('rejects %s as a coordinate', (bad, shown) => {
    const ring = [[107.6, 12], [107.7, bad], [107.7, 12.1], [107.6, 12]];
    const r = readUnits([feature({ type: 'Polygon', coordinates: [ring] }, { code: 'x' })], 'f');
    expect(r.items).toEqual([]);
    expect(reasonEn(r.issues[0])).toBe(`feature 0: rejected: coordinate [107.7, ${shown}] is not a number`);
  });

  it('rejects an out-of-range longitude', () => {
    const r = readUnits([feature({ type: 'Polygon', coordinates: [square(181, 12)] }, { code: 'x' })], 'f');
    expect(reasonEn(r.issues[0])).toContain('longitude 181 outside [-180, 180]');
  });

  it('rejects points and lines with a reason naming the geometry type', () => {
    const r = readUnits([feature({ type: 'Point', coordinates: [107, 12] })], 'f');
    expect(reasonEn(r.issues[0])).toBe('feature 0: rejected: geometry is Point; expected Polygon or MultiPolygon');
  });

  it('reads a string population that is not a number as 0 with a warning naming it', () => {
    const r = readUnits([feature({ type: 'Polygon', coordinates: [square(107, 12)] }, { code: 'a', name: 'Xã A', population: 'n/a' })], 'f');
    expect(r.items[0]?.population).toBe(0);
    expect(reasonEn(r.issues[0])).toContain('population "n/a" is not a valid population');
  });

  it('makes a code from the name when none is given and leaves an unknown type empty with a warning', () => {
    const r = readUnits([feature({ type: 'Polygon', coordinates: [square(107, 12)] }, { name: 'Bản Lạ', population: 3 })], 'new.geojson');
    expect(r.items[0]).toMatchObject({ code: 'ban-la', name: 'Bản Lạ', type: '', clutter: 'rural' });
    expect(r.issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
  });

  it('maps English type words and warns about an unknown clutter', () => {
    const r = readUnits([feature({ type: 'Polygon', coordinates: [square(107, 12)] }, { code: 'a', name: 'A', type: 'Ward', pop: 5, CLUTTER: 'jungle' })], 'f');
    expect(r.items[0]).toMatchObject({ type: 'Phường', clutter: 'urban' });
    expect(reasonEn(r.issues[0])).toContain('CLUTTER "jungle" is not urban/suburban/rural/open; used urban');
  });
});
