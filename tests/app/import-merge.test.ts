import { describe, expect, it } from 'vitest';
import { largeRemovals, layerNameOf, mergeCarrierSites, mergeEffect } from '../../src/app/import-merge';
import type { Dataset, Site } from '../../src/domain/model/types';

const site = (id: string, carrier: string, lon = 107.5): Site => ({
  id, name: id, carrier, lon, lat: 12, heightM: 30, sectors: [], radios: [], proposed: false,
});
const dataset = (sites: Site[]): Dataset => ({ meta: { name: 'd', synthetic: false, sources: ['a.geojson', 'new.csv'] }, units: [], villages: [], sites, fibre: [] });

describe('mergeCarrierSites', () => {
  const base = dataset([site('V1', 'Viettel'), site('V2', 'Viettel'), site('N1', 'VNPT'), site('X', 'MobiFone')]);
  const imported = [site('V3', 'Viettel'), site('X', 'Viettel', 108)];

  it('replaces the earlier sites of the imported carriers', () => {
    const out = mergeCarrierSites(base, imported, 'new.csv', 'replace');
    expect(out.sites.map((s) => s.id)).toEqual(['N1', 'V3', 'X']);
    expect(out.sites.find((s) => s.id === 'X')?.lon).toBe(108);
    expect(out.meta.sources).toEqual(['a.geojson', 'new.csv']);
  });

  it('adds to the existing sites, an imported id replacing the same id', () => {
    const out = mergeCarrierSites(base, imported, 'other.csv', 'add');
    expect(out.sites.map((s) => s.id)).toEqual(['V1', 'V2', 'N1', 'V3', 'X']);
    expect(out.meta.sources).toEqual(['a.geojson', 'new.csv', 'other.csv']);
    expect(base.sites).toHaveLength(4);
  });
});

describe('named site layers', () => {
  it('tags imported sites with the layer, named after the file by default', () => {
    const out = mergeCarrierSites(dataset([]), [site('V1', 'Viettel')], 'viettel-2026.csv', 'add');
    expect(out.sites[0]?.layer).toBe('viettel-2026');
    expect(layerNameOf('a.b.csv')).toBe('a.b');
  });

  it('a new upload under the same layer name replaces that layer even in add mode', () => {
    const first = mergeCarrierSites(dataset([site('N1', 'VNPT')]), [site('V1', 'Viettel'), site('V2', 'Viettel')], 'x.csv', 'add', 'Viettel Q3');
    const second = mergeCarrierSites(first, [site('V9', 'Viettel')], 'y.csv', 'add', 'Viettel Q3');
    expect(second.sites.map((s) => [s.id, s.layer ?? null])).toEqual([['N1', null], ['V9', 'Viettel Q3']]);
  });
});

describe('mergeEffect (said before the commit)', () => {
  const base = dataset([
    { ...site('V1', 'Viettel'), layer: 'q1' }, { ...site('V2', 'Viettel'), layer: 'q1' }, site('N1', 'VNPT'), { ...site('X', 'MobiFone'), layer: 'names-nfd' },
  ]);
  const imported = [site('V3', 'Viettel'), site('X', 'Viettel', 108)];

  it('counts what "replace" drops: the carrier\'s earlier sites and a same-id site of another layer', () => {
    const effect = mergeEffect(base, imported, 'replace', 'q2');
    expect(effect.removed).toBe(3);
    expect([...effect.sameIdByLayer]).toEqual([['names-nfd', 1]]);
    expect(effect.carriers.get('Viettel')).toEqual({ before: 2, removed: 2 });
    expect(largeRemovals(effect)).toEqual([{ carrier: 'Viettel', before: 2, removed: 2 }]);
    expect(mergeCarrierSites(base, imported, 'new.csv', 'replace', 'q2').sites).toHaveLength(base.sites.length - effect.removed + imported.length);
  });

  it('counts what "add" drops: only same ids and a layer of the same name, never a large removal', () => {
    const effect = mergeEffect(base, imported, 'add', 'q1');
    expect(effect.removed).toBe(3);
    expect(effect.sameLayer).toBe(2);
    expect([...effect.sameIdByLayer]).toEqual([['names-nfd', 1]]);
    expect(mergeCarrierSites(base, imported, 'new.csv', 'add', 'q1').sites).toHaveLength(base.sites.length - effect.removed + imported.length);
    expect(largeRemovals(mergeEffect(base, imported, 'add', 'q3'))).toEqual([]);
  });
});
