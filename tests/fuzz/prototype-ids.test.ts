/**
 * Ids equal to Object.prototype's names ("constructor", "__proto__", …) in every layer kind and in a project file
 * must read, merge, store and compute exactly as plain ids do: the figures are compared with a control dataset
 * that differs only in its ids.
 */
import { describe, expect, it } from 'vitest';
import { mergeLayer } from '../../src/app/dataset-merge';
import { mergeCarrierSites } from '../../src/app/import-merge';
import { generateDemoDataset } from '../../src/domain/demo';
import type { Clutter, Dataset, Road } from '../../src/domain/model/types';
import { applyEdits, NO_EDITS } from '../../src/domain/scenario/scenario-edits';
import { importSitesCsv } from '../../src/io/csv/import-sites-csv';
import { fibreToGeoJson, readGeoJsonLayer, sitesToGeoJson, unitsToGeoJson, villagesToGeoJson, type LayerKind } from '../../src/io/geojson';
import { exportProject, importProjectFile, MemoryProjectStore, type Project } from '../../src/io/store';
import { checkCase, type FuzzWorld } from './check-case';
import { fuzzProject, smallDemo } from './fixtures';
import { computed, PROTOTYPE_NAMES, SETTINGS, shares } from './prototype-figures';
import { TEXT_TARGETS } from './targets';

type LayerName = LayerKind | 'carriers';

function control(): Dataset {
  const d = smallDemo(5, 5);
  const roads: Road[] = (generateDemoDataset().roads ?? []).slice(0, 5);
  return { ...d, roads };
}

/** The same dataset with the layer's ids (unit codes for units, carrier names for carriers) replaced by the names. */
function poisoned(d: Dataset, layer: LayerName): Dataset {
  const name = (i: number, plain: string): string => PROTOTYPE_NAMES[i] ?? plain;
  switch (layer) {
    case 'units': {
      const codes = new Map(d.units.map((u, i) => [u.code, name(i, u.code)]));
      return {
        ...d,
        units: d.units.map((u) => ({ ...u, code: codes.get(u.code) ?? u.code })),
        villages: d.villages.map((v) => ({ ...v, unitCode: codes.get(v.unitCode) ?? v.unitCode })),
      };
    }
    case 'villages': return { ...d, villages: d.villages.map((v, i) => ({ ...v, id: name(i, v.id) })) };
    case 'sites': return { ...d, sites: d.sites.map((s, i) => ({ ...s, id: name(i, s.id) })) };
    case 'fibre': return { ...d, fibre: d.fibre.map((f, i) => ({ ...f, id: name(i, f.id) })) };
    case 'roads': return { ...d, roads: (d.roads ?? []).map((r, i) => ({ ...r, id: name(i, r.id) })) };
    case 'carriers': {
      const carriers = [...new Set(d.sites.map((s) => s.carrier))];
      return { ...d, sites: d.sites.map((s) => ({ ...s, carrier: name(carriers.indexOf(s.carrier), s.carrier) })) };
    }
  }
}

function geoJsonOf(d: Dataset, kind: LayerKind): string {
  switch (kind) {
    case 'units': return JSON.stringify(unitsToGeoJson(d.units));
    case 'villages': return JSON.stringify(villagesToGeoJson(d.villages));
    case 'sites': return JSON.stringify(sitesToGeoJson(d.sites));
    case 'fibre': return JSON.stringify(fibreToGeoJson(d.fibre));
    case 'roads': return JSON.stringify({
      type: 'FeatureCollection',
      features: (d.roads ?? []).map((r) => ({ type: 'Feature', properties: { id: r.id, name: r.name, class: r.class }, geometry: { type: 'LineString', coordinates: r.coordinates } })),
    });
  }
}

async function world(): Promise<FuzzWorld> {
  const loaded = fuzzProject(control());
  const store = new MemoryProjectStore();
  await store.save(loaded);
  return { store, loaded, snapshot: JSON.stringify(loaded) };
}

const KINDS: readonly LayerKind[] = ['units', 'villages', 'sites', 'fibre', 'roads'];

describe('ids named like Object.prototype members', () => {
  const base = control();
  const expected = shares(computed(base).baseline);

  it.each(KINDS)('%s: a GeoJSON layer with them is read, merged and computed exactly as one with plain ids', async (kind) => {
    const bad = poisoned(base, kind);
    const fileName = `${kind}.geojson`;
    const read = readGeoJsonLayer(geoJsonOf(bad, kind), fileName, kind, base.units);
    expect(read.kind).toBe(kind);
    if (read.kind === null) return;
    expect(read.result.issues).toEqual([]);
    let merged = mergeLayer(base, read, fileName);
    if (kind === 'units') {
      // the villages name their unit by code: they come along, as a user would import them after new units
      const villages = readGeoJsonLayer(geoJsonOf(bad, 'villages'), 'villages.geojson', 'villages');
      expect(villages.kind === 'villages' ? villages.result.issues : null).toEqual([]);
      if (villages.kind === 'villages') merged = mergeLayer(merged, villages, fileName);
    }
    expect(merged).toEqual({ ...bad, meta: merged.meta });
    expect(applyEdits(merged.sites, NO_EDITS)).toEqual(merged.sites);
    expect(shares(computed(merged).baseline)).toEqual(expected);
    const w = await world();
    for (const target of TEXT_TARGETS) expect(await checkCase(w, target, geoJsonOf(bad, kind), fileName), target.name).toBeNull();
  });

  it('unit codes given clutter overrides pick the same propagation model as plain codes', () => {
    const bad = poisoned(base, 'units');
    const overrides = (d: Dataset): Record<string, Clutter> => Object.fromEntries(d.units.slice(0, 3).map((u) => [u.code, 'open' as const]));
    const plain = shares(computed(base, { ...SETTINGS, clutterOverrides: overrides(base) }).baseline);
    expect(plain).not.toEqual(expected);
    expect(shares(computed(bad, { ...SETTINGS, clutterOverrides: overrides(bad) }).baseline)).toEqual(plain);
    // with no override at all, a unit's own clutter applies
    expect(shares(computed(bad, { ...SETTINGS, clutterOverrides: {} }).baseline)).toEqual(expected);
  });

  it('carrier names count their sites as plain names do, and leave Object.prototype alone', () => {
    const f = computed(poisoned(base, 'carriers')).baseline;
    expect(shares(f)).toEqual(expected);
    expect(Object.keys(f.totals.btsByCarrierTech).sort()).toEqual(PROTOTYPE_NAMES.slice(0, Object.keys(f.totals.btsByCarrierTech).length).sort());
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(typeof ({} as Record<string, unknown>).constructor).toBe('function');
  });

  it('a carrier CSV with them imports all its sites and computes as plain ids', () => {
    const rows = base.sites.map((s, i) => [PROTOTYPE_NAMES[i] ?? s.id, s.carrier, s.lat, s.lon, '4G', 1800, 0, 360, 2, s.heightM].join(','));
    const csv = (lines: string[]) => new TextEncoder().encode(['site_id,operator,latitude,longitude,technology,band,azimuth,beamwidth,tilt,antenna_height', ...lines].join('\n'));
    const plainRows = base.sites.map((s) => [s.id, s.carrier, s.lat, s.lon, '4G', 1800, 0, 360, 2, s.heightM].join(','));
    const bad = importSitesCsv(csv(rows), { fileName: 'x.csv' }).result;
    const plain = importSitesCsv(csv(plainRows), { fileName: 'x.csv' }).result;
    expect(bad.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(bad.items.map((s) => s.id)).toEqual([...PROTOTYPE_NAMES]);
    const mergedBad = mergeCarrierSites(base, bad.items, 'x.csv', 'replace');
    const mergedPlain = mergeCarrierSites(base, plain.items, 'x.csv', 'replace');
    expect(applyEdits(mergedBad.sites, NO_EDITS)).toEqual(mergedBad.sites);
    expect(shares(computed(mergedBad).baseline)).toEqual(shares(computed(mergedPlain).baseline));
  });

  it('a project file with them everywhere (ids, codes, scenario edits, clutter overrides) imports and computes as plain ids', () => {
    const projectOf = (d: Dataset, codeKey: (i: number) => string): Project => {
      const edited = d.sites[0];
      const moved = d.sites[1];
      if (!edited || !moved) throw new Error('the control has too few sites');
      const scenario = {
        id: 's1', name: 'A', note: '',
        siteEdits: { [edited.id]: { ...edited, heightM: edited.heightM + 20 }, [moved.id]: { ...moved, lon: moved.lon + 0.01 } },
        addedSites: [], removedSiteIds: [d.sites[2]?.id ?? ''],
      };
      const p = fuzzProject(d);
      return { ...p, scenarios: [scenario], activeScenarioId: 's1', settings: { ...p.settings, clutterOverrides: { [codeKey(0)]: 'urban', [codeKey(1)]: 'open' } } };
    };
    const all = (['units', 'villages', 'sites', 'fibre', 'roads'] as const).reduce(poisoned, base);
    const fig = (p: Project) => {
      const read = importProjectFile(exportProject(p), 'p.phusong.json');
      expect('errors' in read ? read.errors : []).toEqual([]);
      if (!('project' in read)) return null;
      const { baseline, settings, scenarios } = read.project;
      const edits = scenarios[0] ?? NO_EDITS;
      expect(applyEdits(baseline.sites, edits).every((s) => typeof s === 'object' && typeof s.lon === 'number')).toBe(true);
      const f = computed(baseline, { ...SETTINGS, clutterOverrides: settings.clutterOverrides }, edits);
      expect({ ...shares(f.fresh), warnings: 0 }).toEqual({ ...shares(f.scenario), warnings: 0 }); // an incremental model keeps earlier sites' warnings
      return { baseline: shares(f.baseline), scenario: shares(f.scenario) };
    };
    const plain = fig(projectOf(base, (i) => base.units[i]?.code ?? ''));
    expect(plain?.scenario).not.toEqual(plain?.baseline);
    expect(fig(projectOf(all, (i) => PROTOTYPE_NAMES[i] ?? ''))).toEqual(plain);
  });
});
