/**
 * Features the engine could never compute are rejected by the layer readers (GeoJSON, and the shapefile and KML
 * readers that go through them), naming the feature and the reason, while the good features of the file are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeoJsonLayer } from '../../../src/io/geojson';
import { reasonEn } from '../../helpers/reason-en';

const DIR = join(import.meta.dirname, '../../fixtures/malformed');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

function units(file: string) {
  const r = readGeoJsonLayer(read(file), file, 'units');
  if (r.kind !== 'units') throw new Error(`${file} was not read as units`);
  return r.result;
}

describe('uncomputable features in a layer file', () => {
  it('the 241-byte world polygon is rejected: feature 0, its area and the limit named', () => {
    const { items, issues } = units('world-polygon-unit.geojson');
    expect(items).toEqual([]);
    expect(issues.map((i) => [i.severity, i.index, reasonEn(i)])).toEqual([
      ['error', 0, expect.stringMatching(/^feature 0: rejected: spans [\d,]+ km²; the coverage grid holds at most 1,000,000 km² \(at 100 m cells\)$/)],
    ]);
    expect(issues[0]?.layerCode).toBe('feature');
  });

  it.each([
    ['zero-area-ring.geojson', /^feature 1: rejected: polygon outer ring encloses no area \(its positions lie on one line\)$/],
    ['two-point-ring.geojson', /^feature 1: rejected: polygon outer ring has 2 positions; a ring needs at least 4$/],
    ['multipolygon-empty-ring.geojson', /^feature 1: rejected: polygon 2 outer ring has 0 positions; a ring needs at least 4$/],
  ])('%s: the bad feature is rejected with its reason, the good one is read', (file, reason) => {
    const { items, issues } = units(file);
    expect(items.map((u) => u.code)).toEqual(['U1']);
    expect(issues.filter((i) => i.severity === 'error').map((i) => reasonEn(i))).toEqual([expect.stringMatching(reason)]);
  });

  it('a flat hole takes nothing away and is kept (real 2025 boundaries have one); a figure-of-eight is not flat', () => {
    const outer = [[107, 12], [107.2, 12], [107.2, 12.2], [107, 12.2], [107, 12]];
    const flatHole = [[107.05, 12.05], [107.1, 12.1], [107.15, 12.15], [107.05, 12.05]];
    const eight = [[107, 12], [107.1, 12.1], [107.1, 12], [107, 12.1], [107, 12]];
    const text = JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { code: 'H' }, geometry: { type: 'Polygon', coordinates: [outer, flatHole] } },
      { type: 'Feature', properties: { code: 'E' }, geometry: { type: 'Polygon', coordinates: [eight] } },
    ] });
    const r = readGeoJsonLayer(text, 'h.geojson', 'units');
    expect(r.kind === 'units' && r.result.items.map((u) => u.code)).toEqual(['H', 'E']);
  });
});
