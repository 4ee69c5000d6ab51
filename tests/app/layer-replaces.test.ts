/**
 * Issue 17: a shapefile or KML layer import that replaces a whole layer says, before its commit button, what it
 * replaces: how many features the loaded layer has and whether they are the demo's generated ones.
 */
import { describe, expect, it } from 'vitest';
import type { AppActions } from '../../src/app/actions';
import { ImportActions } from '../../src/app/import-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import type { Dataset } from '../../src/domain/model/types';
import { readGeoJsonLayer } from '../../src/io/geojson';
import { translateImport } from '../../src/i18n/import-strings';
import { dataset } from '../io/store/fixtures';

const fibreFile = JSON.stringify({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { id: 'F1', laying: 'aerial' }, geometry: { type: 'LineString', coordinates: [[107.6, 12], [107.7, 12.1]] } }],
});

function setup(d: Dataset) {
  const store = createStore<AppState>({ ...INITIAL_STATE, dataset: d });
  const imports = new ImportActions(store, {} as unknown as AppActions);
  const read = readGeoJsonLayer(fibreFile, 'cap.kml', 'fibre');
  imports.state.set({ layer: { fileName: 'cap.kml', format: 'kml', bytes: new Uint8Array(0), busy: false, read, kind: 'fibre' } });
  return imports;
}

describe('what a layer import replaces', () => {
  it('counts the loaded features of the layer and says whether they are generated', () => {
    const d = dataset();
    expect(d.fibre.length).toBeGreaterThan(0);
    expect(setup({ ...d, meta: { ...d.meta, generatedLayers: ['fibre'] } }).layerReplaces()).toEqual({ count: d.fibre.length, generated: true });
    expect(setup({ ...d, meta: { ...d.meta, generatedLayers: [] } }).layerReplaces()).toEqual({ count: d.fibre.length, generated: false });
    expect(setup({ ...d, fibre: [] }).layerReplaces()?.count).toBe(0);
  });

  it('words it in Vietnamese and English', () => {
    expect(translateImport('vi', 'layerReplacesGenerated', { n: '656', kind: 'Cáp quang' })).toBe('Sẽ thay toàn bộ lớp Cáp quang hiện có: 656 đối tượng tạo tự động (dữ liệu mẫu).');
    expect(translateImport('en', 'layerReplaces', { n: '3', kind: 'Fibre' })).toBe('Replaces the whole Fibre layer now loaded: 3 features.');
  });
});
