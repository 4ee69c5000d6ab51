import { describe, it, expect } from 'vitest';
import { readGeoJsonLayer } from '../../src/io/geojson';
import { TEXT_TARGETS } from './targets';
import { reasonEn } from '../helpers/reason-en';

/**
 * A hang guard, not a speed target (speed is `npm run bench -- --only million-vertex-unit`): a hang or a
 * quadratic pass on these inputs would run for hours.
 */
const HANG_GUARD_MS = 300_000;

function ringOf(vertices: number): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < vertices; i++) {
    const a = (2 * Math.PI * i) / vertices;
    ring.push([107.5 + 0.1 * Math.cos(a), 12.2 + 0.1 * Math.sin(a)]);
  }
  ring.push(ring[0] ?? [107.6, 12.2]);
  return ring;
}

describe('generated inputs too large to store', () => {
  it('a unit with a million vertices is read, with the self-intersection check skipped and said so', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: '1', name: 'Xã Lớn', population: 100 }, geometry: { type: 'Polygon', coordinates: [ringOf(1_000_000)] } }],
    });
    const value = readGeoJsonLayer(text, 'big.geojson', 'units');
    expect(value.kind).toBe('units');
    if (value.kind !== 'units') return;
    expect(value.result.items[0]?.geometry.type).toBe('Polygon');
    expect(value.result.issues.some((i) => /not checked for self-intersection/.test(reasonEn(i)))).toBe(true);
  }, HANG_GUARD_MS);

  it('a CSV of a header and a million rows is refused by every JSON importer with a reason', () => {
    const rows = ['site_id,name,lon,lat,height_m,tech,band'];
    for (let i = 0; i < 1_000_000; i++) rows.push(`S${i},Trạm ${i},107.${i % 1000},12.${i % 997},30,4G,1800`);
    const text = rows.join('\n');
    for (const target of TEXT_TARGETS.filter((t) => t.name.startsWith('geojson-') || t.name === 'project-file')) {
      const value = target.run(text, 'sites.csv', []);
      expect(value.kind, target.name).toBe('rejected');
      expect(value.messages.join(' '), target.name).toMatch(/JSON/);
    }
  }, HANG_GUARD_MS);

  it('properties nested a hundred thousand deep neither throw nor hang', () => {
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const text = `{"type":"Feature","properties":{"carrier":"V","height_m":${deep}},"geometry":{"type":"Point","coordinates":[107,12]}}`;
    for (const target of TEXT_TARGETS) {
      const value = target.run(text, 'deep.geojson', []);
      expect(value.messages.length + (value.kind === 'rejected' ? 0 : 1), target.name).toBeGreaterThan(0);
    }
  }, HANG_GUARD_MS);

  it('a hundred thousand bare points are refused as an unknown layer, naming what is missing', () => {
    const features = Array.from({ length: 100_000 }, (_, i) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [107 + i * 1e-6, 12] } }));
    const value = readGeoJsonLayer(JSON.stringify({ type: 'FeatureCollection', features }), 'points.geojson');
    expect(value.kind).toBeNull();
    if (value.kind === null) expect(reasonEn(value.issues[0])).toMatch(/site properties/);
  }, HANG_GUARD_MS);
});
