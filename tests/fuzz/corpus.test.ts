import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect, beforeAll } from 'vitest';
import { MemoryProjectStore } from '../../src/io/store';
import { readGeoJsonLayer } from '../../src/io/geojson';
import { readKmlOrKmzLayer } from '../../src/io/kml';
import { readShapefileLayer, type LayerRead } from '../../src/io/shapefile';
import { checkCase, type FuzzWorld } from './check-case';
import { fuzzProject, smallDemo } from './fixtures';
import { TEXT_TARGETS } from './targets';
import { reasonEn } from '../helpers/reason-en';

const DIR = join(__dirname, '../fixtures/malformed');
const FILES = readdirSync(DIR).sort();
/** Decoded as a browser's File.text() does: UTF-8, invalid bytes become U+FFFD. */
const read = (name: string): string => new TextDecoder('utf-8').decode(readFileSync(join(DIR, name)));

/** Files no GeoJSON reading may accept anything from. */
const GEOJSON_REJECTS = [
  'truncated.geojson', 'trailing-comma.geojson', 'not-json.geojson', 'null-geometry.geojson', 'empty-geometry.geojson',
  'nan-coordinates.geojson', 'out-of-range.geojson', 'world-polygon-unit.geojson',
];

describe('malformed corpus', () => {
  let w: FuzzWorld;
  beforeAll(async () => {
    const loaded = fuzzProject(smallDemo());
    const store = new MemoryProjectStore();
    await store.save(loaded);
    w = { store, loaded, snapshot: JSON.stringify(loaded) };
  });

  it('holds small files of every kind', () => {
    expect(FILES.filter((f) => f.endsWith('.geojson')).length).toBeGreaterThanOrEqual(12);
    expect(FILES.filter((f) => f.endsWith('.csv')).length).toBeGreaterThanOrEqual(8);
    for (const f of FILES) expect(readFileSync(join(DIR, f)).length, f).toBeLessThan(4096);
  });

  it.each(FILES)('%s keeps every invariant in every importer', async (file) => {
    for (const target of TEXT_TARGETS) expect(await checkCase(w, target, read(file), file), target.name).toBeNull();
  });

  it.each(GEOJSON_REJECTS)('%s: nothing is read and the reason is given', (file) => {
    const r = readGeoJsonLayer(read(file), file);
    const items = r.kind === null ? 0 : r.result.items.length;
    const issues = r.kind === null ? r.issues : r.result.issues;
    expect(items).toBe(0);
    expect(issues.filter((i) => i.severity === 'error').length).toBeGreaterThan(0);
  });

  it('every project file in the corpus is refused with a message naming the problem', () => {
    const target = TEXT_TARGETS.find((t) => t.name === 'project-file');
    for (const file of FILES.filter((f) => f.startsWith('project-'))) {
      const out = target?.run(read(file), file, []);
      expect(out?.kind, file).toBe('rejected');
      expect(out?.messages.join(' '), file).toMatch(/project|JSON|schema|version|format|baseline/i);
    }
    const wrong = target?.run(read('project-wrong-types.phusong.json'), 'p.json', []).messages.join('\n') ?? '';
    for (const field of ['baseline.sites[0].lon', 'baseline.sites[0].radios[0].tech', 'settings.cellSizeM', 'settings.lang', 'activeScenarioId']) {
      expect(wrong).toContain(field);
    }
  });

  it('fibre lines with fewer than two points are rejected, each with its reason', () => {
    const r = readGeoJsonLayer(read('fibre-degenerate-lines.geojson'), 'f.geojson', 'fibre');
    const issues = r.kind === 'fibre' ? r.result.issues : r.kind === null ? r.issues : [];
    expect(issues.filter((i) => i.severity === 'error' && (i.index === 0 || i.index === 2))).toHaveLength(2);
  });

  it('wrong property types in sites reject those sites and name the property', () => {
    const r = readGeoJsonLayer(read('site-wrong-property-types.geojson'), 'x.geojson', 'sites');
    expect(r.kind).toBe('sites');
    const text = r.kind === 'sites' ? r.result.issues.map((i) => reasonEn(i)).join('\n') : '';
    expect(r.kind === 'sites' ? r.result.items : []).toHaveLength(0);
    expect(text).toMatch(/height_m "tall"/);
    expect(text).toMatch(/height_m -30/);
    expect(text).toMatch(/height_m 1e\+308 exceeds/);
  });

  it('a 3 KB shapefile zip and KMZ that inflate to 3 MB are refused by the ratio limit, naming the sizes', () => {
    const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)));
    const refused = (r: LayerRead): string[] => (r.kind === null ? r.issues : r.result.issues).map((i) => reasonEn(i));
    const ratio = /inflates to over \d+ MB from 3 KB \(more than 200 times\); refused as a likely zip bomb$/;
    expect(refused(readShapefileLayer(bytes('zip-bomb-ratio.zip'), 'zip-bomb-ratio.zip'))).toEqual([expect.stringMatching(ratio)]);
    expect(refused(readKmlOrKmzLayer(bytes('kmz-bomb-ratio.kmz'), 'kmz-bomb-ratio.kmz'))).toEqual([expect.stringMatching(ratio)]);
  });

  it('3D coordinates are read in 2D with one warning', () => {
    const r = readGeoJsonLayer(read('3d-coordinates.geojson'), '3d.geojson', 'units');
    expect(r.kind).toBe('units');
    if (r.kind !== 'units') return;
    expect(r.result.items).toHaveLength(1);
    expect(r.result.issues.some((i) => /3D/.test(reasonEn(i)))).toBe(true);
  });
});
