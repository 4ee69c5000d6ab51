import { describe, it, expect } from 'vitest';
import { readGeoJsonLayer } from '../../src/io/geojson';
import { TEXT_TARGETS } from './targets';

/** Generous for a shared 2-core machine; a hang or a quadratic pass would blow far past it. */
const BIG_INPUT_BUDGET_MS = 15_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

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
  it('a unit with a million vertices is read in bounded time', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: '1', name: 'Xã Lớn', population: 100 }, geometry: { type: 'Polygon', coordinates: [ringOf(1_000_000)] } }],
    });
    const { value, ms } = timed(() => readGeoJsonLayer(text, 'big.geojson', 'units'));
    expect(ms).toBeLessThan(BIG_INPUT_BUDGET_MS);
    expect(value.kind).toBe('units');
    if (value.kind !== 'units') return;
    expect(value.result.items[0]?.geometry.type).toBe('Polygon');
    expect(value.result.issues.some((i) => /not checked for self-intersection/.test(i.reason))).toBe(true);
  }, 60_000);

  it('a CSV of a header and a million rows is refused by every JSON importer, quickly and with a reason', () => {
    const rows = ['site_id,name,lon,lat,height_m,tech,band'];
    for (let i = 0; i < 1_000_000; i++) rows.push(`S${i},Trạm ${i},107.${i % 1000},12.${i % 997},30,4G,1800`);
    const text = rows.join('\n');
    for (const target of TEXT_TARGETS.filter((t) => t.name.startsWith('geojson-') || t.name === 'project-file')) {
      const { value, ms } = timed(() => target.run(text, 'sites.csv', []));
      expect(ms, target.name).toBeLessThan(BIG_INPUT_BUDGET_MS);
      expect(value.kind, target.name).toBe('rejected');
      expect(value.messages.join(' '), target.name).toMatch(/JSON/);
    }
  }, 120_000);

  it('properties nested a hundred thousand deep neither throw nor hang', () => {
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const text = `{"type":"Feature","properties":{"carrier":"V","height_m":${deep}},"geometry":{"type":"Point","coordinates":[107,12]}}`;
    for (const target of TEXT_TARGETS) {
      const { value, ms } = timed(() => target.run(text, 'deep.geojson', []));
      expect(ms, target.name).toBeLessThan(BIG_INPUT_BUDGET_MS);
      expect(value.messages.length + (value.kind === 'rejected' ? 0 : 1), target.name).toBeGreaterThan(0);
    }
  }, 60_000);

  it('a hundred thousand bare points are refused as an unknown layer, naming what is missing', () => {
    const features = Array.from({ length: 100_000 }, (_, i) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [107 + i * 1e-6, 12] } }));
    const { value, ms } = timed(() => readGeoJsonLayer(JSON.stringify({ type: 'FeatureCollection', features }), 'points.geojson'));
    expect(ms).toBeLessThan(BIG_INPUT_BUDGET_MS);
    expect(value.kind).toBeNull();
    if (value.kind === null) expect(value.issues[0]?.reason).toMatch(/site properties/);
  }, 60_000);
});
