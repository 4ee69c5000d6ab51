/**
 * Populations above the stated plausible bounds (domain/model/population-limits) and repeated ids in every layer
 * kind, through the GeoJSON readers and the path shapefiles and KML take (readFeaturesAsLayer).
 */
import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../../src/domain/coverage';
import type { ImportIssue } from '../../../src/domain/model/types';
import { MAX_UNIT_POPULATION, MAX_VILLAGE_POPULATION } from '../../../src/domain/model/population-limits';
import { readGeoJsonLayer, type GeoJsonLayer, type LayerKind } from '../../../src/io/geojson';
import { readFeaturesAsLayer } from '../../../src/io/shapefile';
import { feature, square } from './fixture-helpers';
import { reasonEn } from '../../helpers/reason-en';

const polygon = (lon: number) => ({ type: 'Polygon', coordinates: [square(lon, 12, 0.02)] });
const point = (lon: number) => ({ type: 'Point', coordinates: [lon, 12.01] });
const line = (lon: number) => ({ type: 'LineString', coordinates: [[lon, 12], [lon + 0.01, 12.01]] });

function read(kind: LayerKind, features: unknown[], via: 'geojson' | 'shapefile' = 'geojson'): { items: unknown[]; issues: ImportIssue[]; layer: GeoJsonLayer } {
  const r = via === 'geojson'
    ? readGeoJsonLayer(JSON.stringify({ type: 'FeatureCollection', features }), 'x.geojson', kind)
    : readFeaturesAsLayer(features, [], 'x.zip', kind);
  if (r.kind === null) throw new Error(r.issues.map((i) => reasonEn(i)).join('; '));
  return { items: r.result.items, issues: r.result.issues, layer: r };
}

describe('populations above the plausible bound', () => {
  it.each(['geojson', 'shapefile'] as const)('a commune of 1e308 people is read with population 0 and a warning naming the bound (%s)', (via) => {
    const r = read('units', [
      feature(polygon(107.5), { ma_xa: 'A', ten_xa: 'Xã A', dan_so: 1e308 }),
      feature(polygon(107.52), { ma_xa: 'B', ten_xa: 'Xã B', dan_so: MAX_UNIT_POPULATION }),
      feature(polygon(107.54), { ma_xa: 'C', ten_xa: 'Xã C', dan_so: MAX_UNIT_POPULATION + 1 }),
    ], via);
    expect(r.layer.kind === 'units' ? r.layer.result.items.map((u) => u.population) : []).toEqual([0, MAX_UNIT_POPULATION, 0]);
    const text = r.issues.map((i) => `${i.index}: ${reasonEn(i)}`).join('\n');
    expect(text).toContain('0: feature 0: dan_so 1e+308 exceeds 2000000');
    expect(text).toContain('2: feature 2: dan_so 2000001 exceeds 2000000');
    expect(r.issues.filter((i) => i.index === 1)).toEqual([]);
    if (r.layer.kind !== 'units') return;
    const totals = new CoverageModel({ meta: { name: 'p', synthetic: true, sources: [] }, units: r.layer.result.items, villages: [], sites: [], fibre: [] }, DEFAULT_COVERAGE_SETTINGS).figures().totals;
    expect(JSON.parse(JSON.stringify(totals)).population).toBe(MAX_UNIT_POPULATION);
  });

  it.each(['geojson', 'shapefile'] as const)('a village above its bound is read with population 0 and a warning (%s)', (via) => {
    const r = read('villages', [
      feature(point(107.5), { ma_thon: 'v1', ten_thon: 'Thôn 1', ma_xa: 'A', dan_so: 1e308 }),
      feature(point(107.51), { ma_thon: 'v2', ten_thon: 'Thôn 2', ma_xa: 'A', dan_so: MAX_VILLAGE_POPULATION }),
    ], via);
    expect(r.layer.kind === 'villages' ? r.layer.result.items.map((v) => v.population) : []).toEqual([0, MAX_VILLAGE_POPULATION]);
    expect(r.issues.map((i) => reasonEn(i)).join('\n')).toContain(`exceeds ${MAX_VILLAGE_POPULATION}`);
  });
});

describe('repeated ids in one layer', () => {
  it.each([
    ['units', (i: number) => feature(polygon(107.5 + i * 0.02), { ma_xa: 'X', ten_xa: `Xã ${i}` }), (x: unknown) => (x as { code: string }).code],
    ['villages', (i: number) => feature(point(107.5 + i * 0.01), { ma_thon: 'X', ten_thon: `Thôn ${i}`, ma_xa: 'A' }), (x: unknown) => (x as { id: string }).id],
    ['sites', (i: number) => feature(point(107.5 + i * 0.01), { id: 'X', height_m: 30 }), (x: unknown) => (x as { id: string }).id],
    ['fibre', (i: number) => feature(line(107.5 + i * 0.01), { id: 'X' }), (x: unknown) => (x as { id: string }).id],
    ['roads', (i: number) => feature(line(107.5 + i * 0.01), { id: 'X', class: 'minor' }), (x: unknown) => (x as { id: string }).id],
  ] as const)('%s: each repeat is kept under a new id with a warning naming both features', (kind, make, idOf) => {
    // "X-2" is taken by the fourth feature, so the second "X" becomes "X-3"
    const features = [make(0), make(1), make(2), kind === 'units' ? feature(polygon(107.56), { ma_xa: 'X-2', ten_xa: 'Xã 3' }) : make(3)];
    if (kind !== 'units') (features[3] as { properties: Record<string, unknown> }).properties[kind === 'villages' ? 'ma_thon' : 'id'] = 'X-2';
    const r = read(kind, features);
    const ids = r.items.map(idOf);
    expect(ids).toEqual(['X', 'X-3', 'X-4', 'X-2']);
    const warnings = r.issues.filter((i) => i.severity === 'warning' && /duplicate/.test(reasonEn(i))).map((i) => reasonEn(i));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/feature 1: duplicate .*"X" \(also feature 0\); kept as "X-3"/);
  });
});
