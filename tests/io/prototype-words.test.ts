/**
 * Words looked up in the readers' vocabularies (unit type and clutter, technology, fibre laying and kind, geometry
 * type, province, carrier colour) that are Object.prototype names are unknown words, never the prototype's members.
 */
import { describe, expect, it } from 'vitest';
import { centralMeridianOf } from '../../src/io/coords/vn2000-meridians';
import { readGeoJsonLayer } from '../../src/io/geojson';
import { carrierColour } from '../../src/map/colours';
import { reasonEn } from '../helpers/reason-en';

const NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];
const square = [[[107.5, 12], [107.52, 12], [107.52, 12.02], [107.5, 12.02], [107.5, 12]]];
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });

describe('vocabulary words named like Object.prototype members', () => {
  it.each(NAMES)('unit type and clutter %s are kept as text or refused with a warning', (word) => {
    const r = readGeoJsonLayer(collection([feature({ ma_xa: 'U1', ten_xa: 'Xã A', loai: word, dan_so: 10, clutter: word }, { type: 'Polygon', coordinates: square })]), 'u.geojson', 'units');
    const unit = r.kind === 'units' ? r.result.items[0] : undefined;
    expect(unit?.type).toBe(word);
    expect(unit?.clutter).toBe('rural');
    expect(r.kind === 'units' ? r.result.issues.map((i) => reasonEn(i)).join('\n') : '').toContain(word);
  });

  it.each(NAMES)('site technology %s is an unknown technology', (word) => {
    const r = readGeoJsonLayer(collection([feature({ id: 'S1', technology: word, height_m: 30 }, { type: 'Point', coordinates: [107.51, 12.01] })]), 's.geojson', 'sites');
    const radios = r.kind === 'sites' ? r.result.items.flatMap((s) => s.radios) : [];
    expect(radios.every((x) => typeof x.tech === 'string')).toBe(true);
    expect(r.kind === 'sites' ? r.result.issues.map((i) => reasonEn(i)).join('\n') : '').toContain(word);
  });

  it.each(NAMES)('fibre laying and kind %s fall back with a warning', (word) => {
    const r = readGeoJsonLayer(collection([feature({ id: 'F1', laying: word, kind: word }, { type: 'LineString', coordinates: [[107.5, 12], [107.52, 12.01]] })]), 'f.geojson', 'fibre');
    const route = r.kind === 'fibre' ? r.result.items[0] : undefined;
    expect([route?.laying, route?.kind]).toEqual(['unknown', 'unknown']);
  });

  it.each(NAMES)('geometry type %s is refused', (word) => {
    const r = readGeoJsonLayer(collection([feature({ ma_xa: 'U1', ten_xa: 'Xã A' }, { type: word, coordinates: square })]), 'u.geojson', 'units');
    const items = r.kind === null ? [] : r.result.items;
    expect(items).toHaveLength(0);
  });

  it.each(NAMES)('province %s has no VN-2000 meridian, and carrier %s gets the other carriers\' colour', (word) => {
    expect(centralMeridianOf(word)).toBeNull();
    expect(carrierColour(word)).toEqual(carrierColour('Nhà mạng khác'));
  });
});
