import { describe, it, expect } from 'vitest';
import { readGeoJsonLayer, fibreToGeoJson, sitesToGeoJson } from '../../../src/io/geojson';
import { geoJsonText, unitsGeoJsonExport, villagesGeoJsonExport } from '../../../src/io/export/layer-geojson';
import { FIBRE, FIGURES, SITES, UNITS, VILLAGES } from './sample-data';
import { reasonEn } from '../../helpers/reason-en';

/** Export → file text → the app's GeoJSON reader with kind detection, as when a user drops the file back in. */
function reopen(text: string) {
  const read = readGeoJsonLayer(text, 'export.geojson');
  if (read.kind === null) throw new Error(read.issues.map((i) => reasonEn(i)).join('; '));
  expect(read.result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return read;
}

describe('GeoJSON exports reopen in the app unchanged', () => {
  it('units, with and without figures', () => {
    for (const figures of [undefined, FIGURES]) {
      const read = reopen(geoJsonText(unitsGeoJsonExport(UNITS, figures)));
      expect(read.kind).toBe('units');
      expect(read.result.items).toEqual(UNITS);
    }
  });

  it('villages (polygon and point-only), with and without figures', () => {
    for (const figures of [undefined, FIGURES]) {
      const read = reopen(geoJsonText(villagesGeoJsonExport(VILLAGES, figures)));
      expect(read.kind).toBe('villages');
      expect(read.result.items).toEqual(VILLAGES);
    }
  });

  it('sites keep sectors (omni, negative tilt), radios and the proposed flag', () => {
    const read = reopen(geoJsonText(sitesToGeoJson(SITES)));
    expect(read.kind).toBe('sites');
    expect(read.result.items).toEqual(SITES);
  });

  it('fibre routes', () => {
    const read = reopen(geoJsonText(fibreToGeoJson(FIBRE)));
    expect(read.kind).toBe('fibre');
    expect(read.result.items).toEqual(FIBRE);
  });
});

describe('figures as GeoJSON properties', () => {
  it('puts each unit\'s figures on its feature and nulls on a unit without figures', () => {
    const [a, b] = unitsGeoJsonExport(UNITS, FIGURES).features;
    expect(a?.properties).toMatchObject({ code: '24616', area_km2: 30.123, pct_area_4g: 87.65, pct_population_4g: 88.89, sites_viettel_4g: 2, sites_mobi_fone_4g: 1, ftth_reached: true, fibre_km_aerial: 1.235 });
    expect(b?.properties).toMatchObject({ code: '24620', area_km2: null, pct_area_4g: null, sites_viettel_4g: null });
    expect(Object.keys(a?.properties ?? {})).toEqual(Object.keys(b?.properties ?? {}));
  });

  it('puts village levels and serving sites per computed technology only', () => {
    const [a, b] = villagesGeoJsonExport(VILLAGES, FIGURES).features;
    expect(a?.properties).toMatchObject({ id: 'V1', best_dbm_4g: -92.3, serving_site_4g: 'DNG101', covered_share_4g: 0.8765, covered_4g: true, fibre_distance_m: 1234.6, ftth_served: true });
    expect(b?.properties).toMatchObject({ id: 'V2', best_dbm_4g: null, serving_site_4g: null, covered_4g: false, fibre_distance_m: null });
    expect(Object.keys(a?.properties ?? {}).some((k) => k.endsWith('_5g'))).toBe(false);
  });

  it('writes valid JSON, one feature per line', () => {
    const text = geoJsonText(unitsGeoJsonExport(UNITS));
    expect(JSON.parse(text)).toEqual(unitsGeoJsonExport(UNITS));
    expect(text.split('\n').filter((l) => l.startsWith('{"type":"Feature"'))).toHaveLength(UNITS.length);
  });
});
