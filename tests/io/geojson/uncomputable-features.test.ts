/**
 * Features the engine could never compute are rejected by the layer readers (GeoJSON, and the shapefile and KML
 * readers that go through them), naming the feature and the reason, while the good features of the file are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeoJsonLayer } from '../../../src/io/geojson';

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
    expect(issues.map((i) => [i.severity, i.index, i.reason])).toEqual([
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
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.reason)).toEqual([expect.stringMatching(reason)]);
  });
});
