/**
 * The corpus files whose ids are Object.prototype names (tests/fixtures/malformed/proto-ids*), read as the app reads
 * them, give the figures of the same files with those names replaced by plain ids: the control is the file itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeLayer } from '../../src/app/dataset-merge';
import { mergeCarrierSites } from '../../src/app/import-merge';
import type { Dataset } from '../../src/domain/model/types';
import { importSitesCsv } from '../../src/io/csv/import-sites-csv';
import { readGeoJsonLayer, type GeoJsonLayer, type LayerKind } from '../../src/io/geojson';
import { importProjectFile, type Project } from '../../src/io/store';
import { computed, PROTOTYPE_NAMES, SETTINGS, shares } from './prototype-figures';
import { reasonEn } from '../helpers/reason-en';

const DIR = join(__dirname, '../fixtures/malformed');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

/** The text with every prototype name, quoted (JSON) or as a whole CSV cell, replaced by a plain id. */
function plain(text: string): string {
  return PROTOTYPE_NAMES.reduce((t, name, i) => t
    .split(JSON.stringify(name)).join(JSON.stringify(`plain-${i}`))
    .replace(new RegExp(`(^|,)${name}(?=,|$)`, 'gm'), `$1plain-${i}`), text);
}

const KINDS: readonly LayerKind[] = ['units', 'villages', 'sites', 'fibre', 'roads'];

function layer(text: string, kind: LayerKind): GeoJsonLayer {
  const r = readGeoJsonLayer(text, `${kind}.geojson`, kind);
  if (r.kind === null) throw new Error(r.issues.map((i) => reasonEn(i)).join('; '));
  expect(r.result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return r;
}

/** All five layers, each from its file (plain or as stored). */
function dataset(text: (kind: LayerKind) => string): Dataset {
  const empty: Dataset = { meta: { name: 'proto', synthetic: true, sources: [] }, units: [], villages: [], sites: [], fibre: [], roads: [] };
  return KINDS.reduce((d, kind) => mergeLayer(d, layer(text(kind), kind), `${kind}.geojson`), empty);
}

const fileOf = (kind: LayerKind): string => read(`proto-ids-${kind}.geojson`);

describe('corpus files with Object.prototype names as ids', () => {
  const control = dataset((kind) => plain(fileOf(kind)));
  const expected = shares(computed(control).baseline);

  it('the control covers something, so equal figures mean something', () => {
    expect(control.sites).toHaveLength(5);
    expect(expected.totals[0]).not.toEqual([0, 0]); // 4G and 5G area covered
  });

  it.each(KINDS)('proto-ids-%s.geojson computes as its plain twin', (kind) => {
    // villages name their unit by code, so units and villages are swapped together
    const swapped = (k: LayerKind) => k === kind || (kind === 'units' && k === 'villages') || (kind === 'villages' && k === 'units');
    const d = dataset((k) => (swapped(k) ? fileOf(k) : plain(fileOf(k))));
    expect(shares(computed(d).baseline)).toEqual(expected);
  });

  it('all layers at once compute as their plain twins', () => {
    expect(shares(computed(dataset(fileOf)).baseline)).toEqual(expected);
  });

  it('proto-ids-sites.csv imports as its plain twin', () => {
    const sitesOf = (text: string) => importSitesCsv(new TextEncoder().encode(text), { fileName: 'proto-ids-sites.csv' }).result;
    const bad = sitesOf(read('proto-ids-sites.csv'));
    expect(bad.items.map((s) => s.id)).toEqual([...PROTOTYPE_NAMES]);
    const noSites = { ...control, sites: [] };
    const f = (d: Dataset) => shares(computed(d).baseline);
    expect(f(mergeCarrierSites(noSites, bad.items, 'x.csv', 'replace'))).toEqual(f(mergeCarrierSites(noSites, sitesOf(plain(read('proto-ids-sites.csv'))).items, 'x.csv', 'replace')));
  });

  it('proto-ids.phusong.json (edits and clutter overrides keyed by them) imports and computes as its plain twin', () => {
    const figures = (text: string) => {
      const r = importProjectFile(text, 'proto-ids.phusong.json');
      expect('errors' in r ? r.errors : []).toEqual([]);
      const p: Project | null = 'project' in r ? r.project : null;
      if (!p) return null;
      const edits = p.scenarios[0];
      expect(Object.keys(edits?.siteEdits ?? {})).toHaveLength(2);
      const f = computed(p.baseline, { ...SETTINGS, budgets: p.settings.budgets, clutterOverrides: p.settings.clutterOverrides }, edits);
      return { baseline: shares(f.baseline), scenario: shares(f.scenario), fresh: { ...shares(f.fresh), warnings: 0 } };
    };
    const twin = figures(plain(read('proto-ids.phusong.json')));
    expect(twin?.scenario).not.toEqual(twin?.baseline);
    expect(twin?.fresh).toEqual({ ...twin?.scenario, warnings: 0 });
    expect(figures(read('proto-ids.phusong.json'))).toEqual(twin);
  });
});
