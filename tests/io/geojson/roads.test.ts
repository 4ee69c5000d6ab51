import { describe, expect, it } from 'vitest';
import { detectLayerKind, readGeoJsonLayer, readRoads, roadClassOf } from '../../../src/io/geojson';
import { feature, issuesAt } from './fixture-helpers';
import { layerEn, reasonEn } from '../../helpers/reason-en';

const line = { type: 'LineString', coordinates: [[107.6, 12.0], [107.7, 12.05]] };

describe('roadClassOf', () => {
  it('reads national and provincial roads as main, everything else as minor', () => {
    for (const w of ['trunk', 'primary_link', 'Secondary', 'QL14', 'Quốc lộ 28', 'ĐT 681', 'Tỉnh lộ 4', 'national']) expect(roadClassOf(w), w).toBe('main');
    for (const w of ['tertiary', 'residential', 'track', 'Đường liên xã', 'Dtrack', 'qlx', 'unclassified']) expect(roadClassOf(w), w).toBe('minor');
  });
});

describe('readRoads', () => {
  const features = [
    feature(line, { id: 'R1', name: 'Quốc lộ 14', highway: 'trunk' }),
    feature(line, { TEN_DUONG: 'Đường Tôn Đức Thắng', loai_duong: 'đô thị', ma_duong: 'R2' }),
    feature(line, { ten: 'ĐT 681' }),
    feature({ type: 'MultiLineString', coordinates: [[[107, 12], [107.1, 12]], [[107.1, 12], [107.2, 12.1]]] }, { id: 'R4', fclass: 'residential' }),
    feature({ type: 'Point', coordinates: [107, 12] }, { id: 'R5' }),
    feature({ type: 'LineString', coordinates: [[107, 12]] }, { id: 'R6' }),
  ];
  const r = readRoads(features, 'roads.geojson');
  const byId = (id: string) => r.items.find((x) => x.id === id);

  it('takes id, name and class from Vietnamese and OpenStreetMap properties', () => {
    expect(byId('R1')).toEqual({ id: 'R1', name: 'Quốc lộ 14', class: 'main', coordinates: [[107.6, 12.0], [107.7, 12.05]] });
    expect(byId('R2')).toMatchObject({ name: 'Đường Tôn Đức Thắng', class: 'minor' });
  });

  it('reads the class from the name when there is no class property, and generates a missing id with a warning', () => {
    expect(byId('roads.geojson#2')).toMatchObject({ name: 'ĐT 681', class: 'main' });
    expect(issuesAt(r.issues, 2).map((i) => i.severity)).toEqual(['warning']);
    expect(issuesAt(r.issues, 0)).toEqual([]);
  });

  it('splits a MultiLineString into roads id, id-2', () => {
    expect(r.items.filter((x) => x.id.startsWith('R4')).map((x) => [x.id, x.class])).toEqual([['R4', 'minor'], ['R4-2', 'minor']]);
  });

  it('rejects points and one-point lines by feature index and reason', () => {
    expect(reasonEn(issuesAt(r.issues, 4)[0])).toBe('feature 4: rejected: geometry is Point; expected LineString or MultiLineString');
    expect(reasonEn(issuesAt(r.issues, 5)[0])).toBe('feature 5: rejected: line has 1 positions; a line needs at least 2');
    expect(r.items).toHaveLength(5);
  });
});

describe('detecting roads among line layers', () => {
  it('reads lines with road properties as roads', () => {
    expect(detectLayerKind([feature(line, { highway: 'primary' }), feature(line, { highway: 'track' })]).kind).toBe('roads');
    expect(detectLayerKind([feature(line, { 'Tên đường': 'Lê Duẩn' })]).kind).toBe('roads');
  });

  it('reads lines named like roads as roads', () => {
    expect(detectLayerKind([feature(line, { name: 'Quốc lộ 14' }), feature(line, { name: 'Đường liên xã' })]).kind).toBe('roads');
  });

  it('keeps fibre signs as fibre, and asks when a file has both', () => {
    expect(detectLayerKind([feature(line, { laying: 'aerial', name: 'Đường trục' })]).kind).toBe('fibre');
    const both = detectLayerKind([feature(line, { highway: 'primary', loai_cap: 'treo' })]);
    expect(both.kind).toBeNull();
    expect(layerEn(both.text)).toContain('highway');
  });

  it('reads a detected roads file through readGeoJsonLayer', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [feature(line, { id: 'A', highway: 'trunk' })] });
    const read = readGeoJsonLayer(text, 'r.geojson');
    expect(read.kind).toBe('roads');
    if (read.kind === 'roads') expect(read.result.items.map((x) => x.class)).toEqual(['main']);
  });
});
