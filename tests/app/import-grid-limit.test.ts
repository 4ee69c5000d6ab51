/**
 * A layer that would make the coverage grid exceed the stated limit is refused before it is committed: the open
 * project keeps its layers (no undo step, nothing to save), and the notice names the file and the feature in the
 * UI's language. The 241-byte world polygon used to replace the communes and break every compute after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppActions } from '../../src/app/actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import type { Dataset } from '../../src/domain/model/types';
import { readGeoJsonLayer, type LayerKind } from '../../src/io/geojson';
import type { FullResult } from '../../src/worker/coverage.worker';
import type { CsvReadResult } from '../../src/worker/import-csv';
import { dataset } from '../io/store/fixtures';

afterEach(() => vi.unstubAllGlobals());

const square = (code: string, name: string, lon: number, lat: number) => ({
  type: 'Feature', properties: { code, name },
  geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.1, lat], [lon + 0.1, lat + 0.1], [lon, lat + 0.1], [lon, lat]]] },
});

/** A worker that reads GeoJSON for real; the coverage itself does not matter here. */
function worker(computes: { n: number }): CoverageWorker {
  const api = {
    loadDemo: () => Promise.resolve({ dataset: dataset(), derived: {} }),
    setDataset: () => Promise.resolve({}),
    // the project's stored measurements: none
    measureRestore: () => Promise.resolve(null),
    readLayerFile: (text: string, fileName: string, _type: 'geojson', kind?: LayerKind) => Promise.resolve(readGeoJsonLayer(text, fileName, kind)),
    compute: () => {
      computes.n += 1;
      return Promise.resolve({ figures: { warnings: [], units: [], villages: [], techs: ['4G', '5G'] }, baselineFigures: null, images: {}, elapsedMs: 1 } as unknown as FullResult);
    },
  };
  return api as unknown as CoverageWorker;
}

async function boot(lang: AppState['lang']) {
  vi.stubGlobal('indexedDB', undefined);
  const store = createStore<AppState>({ ...INITIAL_STATE, lang });
  const computes = { n: 0 };
  const actions = new AppActions(store, worker(computes));
  await actions.boot();
  // The language follows the project: the demo project is Vietnamese, set it as the user would.
  store.set({ lang });
  return { store, actions, computes, before: store.get().dataset as Dataset };
}

const errors = (store: ReturnType<typeof createStore<AppState>>) => store.get().notices.filter((n) => n.level === 'error');

describe('a layer whose grid would exceed the limit is not committed', () => {
  it('the 241-byte world polygon: refused in Vietnamese naming the file and the feature; the communes are kept', async () => {
    const { store, actions, computes, before } = await boot('vi');
    const text = readFileSync(join(import.meta.dirname, '../fixtures/malformed/world-polygon-unit.geojson'), 'utf8');
    const n = computes.n;
    await actions.importFile('world.geojson', text);
    expect(store.get().dataset).toBe(before);
    expect(store.get().canUndo).toBe(false);
    expect(computes.n).toBe(n);
    expect(errors(store).map((e) => e.text)).toEqual([
      expect.stringMatching(/^Không đọc được world\.geojson: đối tượng 0: bị loại: trải rộng [\d,]+ km²; lưới tính vùng phủ chứa tối đa 1,000,000 km² \(ô 100 m\)$/),
    ]);
  });

  it('a commune far from the others: refused naming the file and the commune, in English too', async () => {
    const { store, actions, before } = await boot('en');
    const text = JSON.stringify({ type: 'FeatureCollection', features: [square('A1', 'Gia Nghĩa', 107.6, 12), square('A2', 'Far away', 10, 5)] });
    await actions.importFile('communes.geojson', text);
    expect(store.get().dataset).toBe(before);
    expect(store.get().canUndo).toBe(false);
    expect(errors(store).map((e) => e.text)).toEqual([
      expect.stringMatching(/^Did not import communes\.geojson: unit "A2" \(Far away\) makes the coverage area [\d,]+ km² \([\d,]+ cells of 100 m\), beyond the limit of 1,000,000 km² \(100,000,000 cells, 1 GiB\)\. The open data is unchanged\.$/),
    ]);
    // The notice follows a language switch, numbers formatted the Vietnamese way.
    store.set({ lang: 'vi' });
    const [vi] = errors(store).map((e) => e.text);
    expect(vi).toMatch(/communes\.geojson/);
    expect(vi).toMatch(/1\.000\.000 km²/);
    expect(vi).not.toMatch(/^Did not import/);
  });

  it('a site at 0°, 0° in a project without communes: refused naming the site', async () => {
    const { store, actions } = await boot('vi');
    const noUnits = { ...(store.get().dataset as Dataset), units: [] };
    store.set({ dataset: noUnits });
    const site = (id: string, lon: number, lat: number) => ({
      type: 'Feature', properties: { id, name: id, carrier: 'Viettel', height: 30, tech: '4G' }, geometry: { type: 'Point', coordinates: [lon, lat] },
    });
    await actions.importFile('sites.geojson', JSON.stringify({ type: 'FeatureCollection', features: [site('S1', 107.6, 12), site('NULL', 0, 0)] }), 'sites');
    expect(store.get().dataset).toBe(noUnits);
    expect(errors(store).map((e) => e.text)).toEqual([expect.stringMatching(/^Không nhập sites\.geojson: trạm "NULL" \(NULL\) làm vùng tính phủ sóng rộng [\d.]+ km²/)]);
  });

  it('50 m cells are refused when the area would exceed the limit at 50 m, and 100 m stays', async () => {
    const { store, actions } = await boot('en');
    const side = Math.sqrt(700_000) / 111.2;
    const big = structuredClone(store.get().dataset as Dataset);
    const unit = big.units[0];
    if (unit) unit.geometry = { type: 'Polygon', coordinates: [[[100, 10], [100 + side, 10], [100 + side, 10 + side], [100, 10 + side], [100, 10]]] };
    store.set({ dataset: big });
    actions.setCellSize(50);
    expect(store.get().cellSizeM).toBe(100);
    expect(errors(store).map((e) => e.text)).toEqual([expect.stringMatching(/^Did not switch to 50 m cells: unit .* beyond the limit of 250,000 km² at 50 m\. Still using 100 m cells\.$/)]);
  });

  it('nor from the shapefile/KML dialog, nor from the carrier CSV dialog', async () => {
    const { store, actions, before } = await boot('en');
    const imports = actions.imports;
    const text = JSON.stringify({ type: 'FeatureCollection', features: [square('A1', 'Gia Nghĩa', 107.6, 12), square('A2', 'Far away', 10, 5)] });
    const read = readGeoJsonLayer(text, 'xa.zip', 'units');
    imports.state.set({ layer: { fileName: 'xa.zip', format: 'shapefile', bytes: new Uint8Array(0), busy: false, read, kind: 'units' } });
    imports.commitLayer();
    expect(store.get().dataset).toBe(before);
    expect(imports.state.get().layer).toBeNull();

    const noUnits = { ...before, units: [] };
    store.set({ dataset: noUnits });
    const first = before.sites[0];
    if (!first) throw new Error('the fixture has sites');
    const site = { ...first, id: 'NULL', name: 'NULL', lon: 0, lat: 0 };
    const csvRead = { sites: [site], stats: { rejectedRows: 0 }, excluded: 0 } as unknown as CsvReadResult;
    imports.state.set({ csv: {
      fileName: 'tram.csv', sessionId: null, step: 'report', progress: null, read: csvRead, choices: { excludedLines: [] },
      mode: 'add', layerName: 'tram', confirming: false, onMap: false, profileName: null, error: null,
    } });
    imports.commitCsv();
    expect(store.get().dataset).toBe(noUnits);
    expect(store.get().canUndo).toBe(false);
    expect(errors(store).map((e) => e.text)).toEqual([
      expect.stringMatching(/^Did not import xa\.zip: unit "A2" \(Far away\) makes the coverage area/),
      expect.stringMatching(/^Did not import tram\.csv: site "NULL" \(NULL\) makes the coverage area/),
    ]);
  });
});
