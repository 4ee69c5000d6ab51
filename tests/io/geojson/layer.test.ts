import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGeoJsonLayer, readUnits, readVillages } from '../../../src/io/geojson';
import { fixtureText } from './fixture-helpers';
import { reasonEn } from '../../helpers/reason-en';

describe('readGeoJsonLayer', () => {
  it('detects and reads a sites file', () => {
    const layer = readGeoJsonLayer(fixtureText('sites.geojson'), 'sites.geojson');
    expect(layer.kind).toBe('sites');
    if (layer.kind !== 'sites') return;
    expect(layer.result.items.map((s) => s.id)).toEqual(['DNG001', 'DNG002', 'DNG003', 'sites.geojson#5']);
  });

  it('puts parse warnings before the reader issues', () => {
    const layer = readGeoJsonLayer(fixtureText('python-nan.geojson'), 'nan.geojson', 'sites');
    expect(layer.kind).toBe('sites');
    if (layer.kind !== 'sites') return;
    expect(layer.result.items.map((s) => s.id)).toEqual(['A']);
    expect(layer.result.issues.map((i) => i.severity)).toEqual(['warning', 'error', 'error']);
    expect(reasonEn(layer.result.issues[1])).toBe('feature 1: rejected: coordinate ["NaN", 12] is not a number');
    expect(reasonEn(layer.result.issues[2])).toBe('feature 2: rejected: coordinate [107.7, "-Infinity"] is not a number');
  });

  it('honours an explicit kind over detection', () => {
    const layer = readGeoJsonLayer(fixtureText('villages.geojson'), 'v.geojson', 'sites');
    expect(layer.kind).toBe('sites');
  });

  it('returns only issues for invalid JSON or an undetectable layer', () => {
    const broken = readGeoJsonLayer(fixtureText('broken.geojson'), 'broken.geojson');
    expect(broken.kind).toBeNull();
    expect('issues' in broken && broken.issues[0]?.severity).toBe('error');
    const unclear = readGeoJsonLayer('{"type":"Point","coordinates":[107,12]}', 'p.geojson');
    expect(unclear.kind).toBeNull();
    expect('issues' in unclear && reasonEn(unclear.issues[0])).toMatch(/^p\.geojson: cannot tell what layer this is/);
  });
});

const SHARED = '/work/shared/data/daknong';
const COMMUNES_2024 = `${SHARED}/communes-2024.geojson`;
const COMMUNES_2025 = `${SHARED}/communes-2025.geojson`;

describe('Đắk Nông commune files', () => {
  it.skipIf(!existsSync(COMMUNES_2024))('reads all 71 communes of 2024 as units summing to 622,168 people', () => {
    const layer = readGeoJsonLayer(readFileSync(COMMUNES_2024, 'utf8'), 'communes-2024.geojson');
    expect(layer.kind).toBe('units');
    if (layer.kind !== 'units') return;
    const { items, issues } = layer.result;
    expect(items).toHaveLength(71);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(items.reduce((sum, u) => sum + u.population, 0)).toBe(622168);
    expect(new Set(items.map((u) => u.code)).size).toBe(71);
    expect(new Set(items.map((u) => u.type))).toEqual(new Set(['Xã', 'Phường', 'Thị trấn']));
    expect(items.filter((u) => u.type === 'Xã').every((u) => u.clutter === 'rural')).toBe(true);
  });

  it.skipIf(!existsSync(COMMUNES_2025))('reads all 28 merged units of 2025, generating codes they lack', () => {
    const { items, issues } = readUnits((JSON.parse(readFileSync(COMMUNES_2025, 'utf8')) as { features: unknown[] }).features, 'communes-2025.geojson');
    expect(items).toHaveLength(28);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(items.reduce((sum, u) => sum + u.population, 0)).toBe(622168);
    expect(items.every((u) => u.geometry.type === 'Polygon' || u.geometry.type === 'MultiPolygon')).toBe(true);
    expect(issues.filter((i) => reasonEn(i).includes('no code property'))).toHaveLength(28);
  });

  it.skipIf(!existsSync(COMMUNES_2024))('places a village point in its 2024 commune by point-in-polygon', () => {
    const units = readUnits((JSON.parse(readFileSync(COMMUNES_2024, 'utf8')) as { features: unknown[] }).features, 'c').items;
    const targets = [units[0], units[35], units[70]];
    // each village is its unit's own polygon, so its label point lies inside that unit and no other
    const villages = readVillages(targets.map((u) => ({ type: 'Feature', properties: { name: 'Thôn thử' }, geometry: u?.geometry })), 'v', units);
    expect(villages.items.map((v) => v.unitCode)).toEqual(targets.map((u) => u?.code));
  });
});
