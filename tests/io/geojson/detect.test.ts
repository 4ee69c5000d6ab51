import { describe, expect, it } from 'vitest';
import { detectLayerKind } from '../../../src/io/geojson';
import { feature, fixtureFeatures, square } from './fixture-helpers';
import { layerEn } from '../../helpers/reason-en';

const poly = (props: Record<string, unknown>) => feature({ type: 'Polygon', coordinates: [square(107.6, 12)] }, props);
const pt = (props: Record<string, unknown>) => feature({ type: 'Point', coordinates: [107.6, 12] }, props);

describe('detectLayerKind', () => {
  it('recognises the hand-written fixtures', () => {
    expect(detectLayerKind(fixtureFeatures('units-messy.geojson')).kind).toBe('units');
    expect(detectLayerKind(fixtureFeatures('villages.geojson')).kind).toBe('villages');
    expect(detectLayerKind(fixtureFeatures('sites.geojson')).kind).toBe('sites');
    expect(detectLayerKind(fixtureFeatures('fibre.geojson')).kind).toBe('fibre');
  });

  it('tells village polygons from unit polygons by their names', () => {
    const villages = detectLayerKind([poly({ name: 'Thôn 3' }), poly({ name: 'Buôn Ja' }), poly({ name: 'Tổ dân phố 2' })]);
    expect(villages.kind).toBe('villages');
    expect(layerEn(villages.text)).toContain('Thôn 3');
    const units = detectLayerKind([poly({ name: 'Xã Đắk Ha' }), poly({ name: 'Phường Nghĩa Đức' })]);
    expect({ kind: units.kind, reason: layerEn(units.text) }).toMatchObject({ kind: 'units', reason: '2 of 2 features are polygons named like communes/wards: read as reporting units' });
  });

  it('tells village polygons by a village property', () => {
    expect(detectLayerKind([poly({ TEN: 'Một', Unit_Code: '24615' })]).kind).toBe('villages');
  });

  it('reads points with site properties as sites and points with village names as villages', () => {
    expect(layerEn(detectLayerKind([pt({ Azimuth: '0;120', Carrier: 'VNPT' })]).text)).toBe('1 of 1 features are points with site properties carrier, azimuth');
    expect(detectLayerKind([pt({ name: 'Bon Bu Dăr' }), pt({ name: 'Thôn 2' })]).kind).toBe('villages');
  });

  it('gives up with a reason when points carry no clue, or nothing has a geometry', () => {
    const unclear = detectLayerKind([pt({ name: 'Chợ' })]);
    expect(unclear.kind).toBeNull();
    expect(layerEn(unclear.text)).toContain('neither site properties');
    expect(layerEn(detectLayerKind([feature(null), 'x']).text)).toBe('none of the 2 features has a readable geometry');
  });

  it('follows the majority geometry class', () => {
    const line = feature({ type: 'LineString', coordinates: [[107, 12], [107.1, 12]] });
    expect(detectLayerKind([line, line, pt({ carrier: 'x' })]).kind).toBe('fibre');
  });
});
