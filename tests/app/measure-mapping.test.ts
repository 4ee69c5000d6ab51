import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { MeasureActions } from '../../src/app/measure-actions';
import { PlannerActions } from '../../src/app/planner-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import { generateDemoDataset } from '../../src/domain/demo';
import { wgs84ToVn2000 } from '../../src/io/coords/vn2000';
import { engineState } from '../../src/worker/engine-state';
import { measureImportApi, type MeasureChoices } from '../../src/worker/import-measurements';
import { measurePersistApi } from '../../src/worker/measure-persist';

const dataset = generateDemoDataset();
let lat = 0;
let lon = 0;

beforeAll(() => {
  engineState.setBaseline(dataset);
  const [w, s, e, n] = areaBBox(dataset).bbox;
  lat = (s + n) / 2;
  lon = (w + e) / 2;
});

const notInTheseTests = async (): Promise<never> => { throw new Error('not in these tests'); };
/** The worker's measurement calls in-process, the user's choices passed on. */
const worker = {
  measureOpen: async (b: Uint8Array, f: string) => measureImportApi.measureOpen(b, f),
  measureRead: async (id: number, _progress?: unknown, choices?: MeasureChoices) => measureImportApi.measureRead(id, undefined, choices),
  measureCancel: async (id: number) => measureImportApi.measureCancel(id),
  measureKeep: async (id: number) => measureImportApi.measureKeep(id),
  measureClose: async (id: number) => measureImportApi.measureClose(id),
  measureSave: measurePersistApi.measureSave,
  measureRestore: measurePersistApi.measureRestore,
  measureFit: notInTheseTests,
  measureLayer: notInTheseTests,
};

function setup() {
  const app = createStore<AppState>({ ...INITIAL_STATE, dataset, lang: 'en' });
  const planner = new PlannerActions(app, {} as CoverageWorker, { notify: () => undefined, recompute: async () => undefined, reloadBaseline: async () => undefined });
  return { app, planner, m: new MeasureActions(app, { worker, planner }) };
}

describe('the measurement dialog’s mapping', () => {
  it('another level column reads the file again: the counts and the report follow, and the kept set has its levels', async () => {
    const { app, m } = setup();
    const csv = `lat,lon,RSRP (dBm),level2\n${lat},${lon},-90,-70\n${lat + 0.001},${lon},-95,n/a\n${lat + 0.002},${lon},-99,-5\n`;
    await m.open('drive.csv', new TextEncoder().encode(csv));
    const first = m.state.get().dialog?.read;
    expect(first).toMatchObject({ samples: 3, mapping: { level: 'RSRP (dBm)' }, headers: ['lat', 'lon', 'RSRP (dBm)', 'level2'] });
    await m.setMapping({ ...first?.mapping, level: 'level2' });
    const again = m.state.get().dialog;
    expect(again?.sessionId).toBe(first?.sessionId);
    expect(again?.read).toMatchObject({ rows: 3, samples: 1, mapping: { lat: 'lat', lon: 'lon', level: 'level2' } });
    expect(again?.read?.issues.map((i) => [i.code, i.line])).toEqual([['m-level-not-number', 3], ['m-level-implausible', 4]]);
    await m.commit();
    expect(app.get().measurements).toMatchObject({ samples: 1, rejected: 2 });
    expect([...(engineState.measurementSets.get(app.get().measurements?.setId ?? -1)?.levelDbm ?? [])]).toEqual([-70]);
  });

  it('a level column left unmapped refuses the file with its reason, and mapping one back reads it', async () => {
    const { m } = setup();
    await m.open('drive.csv', new TextEncoder().encode(`lat,lon,rsrp\n${lat},${lon},-90\n`));
    await m.setMapping({ lat: 'lat', lon: 'lon' });
    expect(m.state.get().dialog?.read).toMatchObject({ refused: true, headers: ['lat', 'lon', 'rsrp'] });
    expect(m.state.get().dialog?.read?.issues.at(-1)?.code).toBe('m-no-level-column');
    await m.setMapping({ lat: 'lat', lon: 'lon', level: 'rsrp' });
    expect(m.state.get().dialog?.read).toMatchObject({ refused: false, samples: 1 });
  });

  it('VN-2000 X/Y: the zone is inferred from the boundaries, and a chosen meridian is read as chosen', async () => {
    const { m } = setup();
    const at = wgs84ToVn2000(lon, lat, 108.5);
    const csv = `x,y,rsrp\n${at.northing.toFixed(2)},${at.easting.toFixed(2)},-90\n${(at.northing + 50).toFixed(2)},${at.easting.toFixed(2)},-91\n`;
    await m.open('vn2000.csv', new TextEncoder().encode(csv));
    expect(m.state.get().dialog?.read).toMatchObject({ crs: 'vn2000', meridianDeg: 108.5, samples: 2 });
    // a meridian 3° off puts the samples ~300 km away: outside the area
    await m.setCrs('vn2000', 105.5);
    expect(m.state.get().dialog?.read).toMatchObject({ crs: 'vn2000', meridianDeg: 105.5, refused: true });
    expect(m.state.get().dialog?.read?.issues.at(-1)?.code).toBe('m-none-inside');
    await m.setCrs('vn2000', null);
    expect(m.state.get().dialog?.read).toMatchObject({ meridianDeg: 108.5, samples: 2 });
    await m.setCrs('wgs84');
    expect(m.state.get().dialog?.read).toMatchObject({ crs: 'wgs84', refused: true });
    expect(m.state.get().dialog?.read?.issues.at(-1)?.code).toBe('m-no-position-columns');
  });

  it('a GeoJSON file of points is read in the worker with its properties as columns', async () => {
    const { m } = setup();
    const feature = (level: unknown) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { 'Mức thu': level } });
    const text = JSON.stringify({ type: 'FeatureCollection', features: [feature(-88), feature('x')] });
    expect(measureImportApi.measureIsGeoJson(text)).toBe(true);
    await m.open('crowd.geojson', new TextEncoder().encode(text));
    expect(m.state.get().dialog?.read).toMatchObject({ rows: 2, samples: 1, mapping: { lon: 'lon', lat: 'lat', level: 'Mức thu' } });
    expect(m.state.get().dialog?.read?.issues).toMatchObject([{ code: 'm-level-not-number', feature: 1 }]);
  });
});
