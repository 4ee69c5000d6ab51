import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { MeasureActions } from '../../src/app/measure-actions';
import { PlannerActions } from '../../src/app/planner-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import { generateDemoDataset } from '../../src/domain/demo';
import { engineState } from '../../src/worker/engine-state';
import { measureImportApi } from '../../src/worker/import-measurements';
import type { MeasureLayer } from '../../src/worker/measure-view';
import { measurePersistApi } from '../../src/worker/measure-persist';
import { loadMeasurements } from '../../src/io/store/measurement-store';
import type { CoverageFigures } from '../../src/domain/coverage';
import type { ComparisonSummary } from '../../src/domain/measure/comparison-summary';
import type { Technology } from '../../src/domain/model/types';

let csv = '';
const dataset = generateDemoDataset();

beforeAll(() => {
  engineState.setBaseline(dataset);
  const [w, s, e, n] = areaBBox(dataset).bbox;
  const lat = (s + n) / 2;
  const lon = (w + e) / 2;
  csv = `lat,lon,RSRP (dBm)\n${lat},${lon},-90\n${lat + 0.001},${lon},-95\n${lat},${lon},x\n`;
});

/** The worker's measurement calls in-process (Comlink's transfer and proxy are no-ops here). */
const worker = {
  measureOpen: async (b: Uint8Array, f: string) => measureImportApi.measureOpen(b, f),
  measureRead: async (id: number) => measureImportApi.measureRead(id),
  measureCancel: async (id: number) => measureImportApi.measureCancel(id),
  measureKeep: async (id: number) => measureImportApi.measureKeep(id),
  measureClose: async (id: number) => measureImportApi.measureClose(id),
  measureSave: measurePersistApi.measureSave,
  measureRestore: measurePersistApi.measureRestore,
  measureFit: async () => { throw new Error('not in these tests'); },
  layerCalls: [] as [number, string][],
  async measureLayer(setId: number, tech: Technology): Promise<MeasureLayer> {
    this.layerCalls.push([setId, tech]);
    const points = { positions: new Float32Array([107.5, 12]), colours: new Uint8Array(4), count: 1, cellSizeM: 100 };
    return { setId, tech, level: points, difference: { ...points, colours: new Uint8Array([1, 2, 3, 255]) }, cells: 1, comparedCells: 1, stats: {} as ComparisonSummary, unitCodes: [], routes: ['drive.csv'] };
  },
};

function setup() {
  const app = createStore<AppState>({ ...INITIAL_STATE, dataset, lang: 'en' });
  const planner = new PlannerActions(app, {} as CoverageWorker, { notify: () => undefined, recompute: async () => undefined, reloadBaseline: async () => undefined });
  return { app, planner, m: new MeasureActions(app, { worker, planner }) };
}

describe('measurement import actions', () => {
  it('shows the read in the dialog, then keeps the samples as one undoable step', async () => {
    const { app, planner, m } = setup();
    await m.open('drive.csv', new TextEncoder().encode(csv));
    const read = m.state.get().dialog?.read;
    expect(read).toMatchObject({ rows: 3, samples: 2, refused: false });
    expect(app.get().measurements).toBeNull();
    await m.commit();
    expect(m.state.get().dialog).toBeNull();
    expect(app.get().measurements).toMatchObject({ fileName: 'drive.csv', rows: 3, samples: 2, rejected: 1 });
    expect(engineState.measurementSets.get(app.get().measurements?.setId ?? -1)?.count).toBe(2);
    expect(app.get().notices.at(-1)?.text).toBe('Imported 2 measured samples from drive.csv (1 rows left out).');
    planner.undo();
    expect(app.get().measurements).toBeNull();
    expect(app.get().dataset).toBe(dataset);
    planner.redo();
    expect(app.get().measurements?.samples).toBe(2);
  });

  it('a refused file cannot be committed and leaves the project as it was', async () => {
    const { app, m } = setup();
    await m.open('text.csv', new TextEncoder().encode('lat,lon,rsrp\n12.1,107.5,good\n'));
    expect(m.state.get().dialog?.read).toMatchObject({ refused: true, samples: 0 });
    await m.commit();
    expect(app.get().measurements).toBeNull();
    expect(app.get().canUndo).toBe(false);
    expect(app.get().dataset).toBe(dataset);
  });

  it('the layer follows the measurements, the prediction and the technology shown, and goes with an undo', async () => {
    const { app, planner, m } = setup();
    app.set({ figures: {} as CoverageFigures });
    await m.open('drive.csv', new TextEncoder().encode(csv));
    await m.commit();
    const setId = app.get().measurements?.setId ?? -1;
    await Promise.resolve();
    expect(worker.layerCalls.at(-1)).toEqual([setId, '4G']);
    expect(m.shownPoints()).toBe(m.state.get().layer?.level);
    m.setView('difference');
    expect(m.shownPoints()?.colours[0]).toBe(1);
    m.setShown(false);
    expect(m.shownPoints()).toBeNull();
    const calls = worker.layerCalls.length;
    app.set({ coverageTech: '3G' });
    await Promise.resolve();
    expect(worker.layerCalls.length).toBe(calls + 1);
    expect(worker.layerCalls.at(-1)).toEqual([setId, '3G']);
    app.set({ lang: 'vi' });
    expect(worker.layerCalls.length).toBe(calls + 1);
    planner.undo();
    expect(m.state.get().layer).toBeNull();
  });

  it('the kept set is stored with the open project, comes back when it is opened again, and an undo removes it', async () => {
    const project = { id: 'p-store', name: 'P', createdAt: '2026-01-01T00:00:00.000Z' };
    const first = setup();
    first.app.set({ project });
    await first.m.open('drive.csv', new TextEncoder().encode(csv));
    await first.m.commit();
    await new Promise((r) => setTimeout(r, 20));
    const stored = await loadMeasurements('p-store');
    expect(stored).toMatchObject({ fileName: 'drive.csv', rows: 3, samples: 2, rejected: 1 });
    expect([...(stored?.set.levelDbm ?? [])]).toEqual([-90, -95]);
    // a reload: a new page state opening the same project
    const second = setup();
    second.app.set({ project });
    await new Promise((r) => setTimeout(r, 20));
    const restored = second.app.get().measurements;
    expect(restored).toMatchObject({ fileName: 'drive.csv', samples: 2 });
    expect(restored?.setId).not.toBe(first.app.get().measurements?.setId);
    expect(engineState.measurementSets.get(restored?.setId ?? -1)?.count).toBe(2);
    expect(second.app.get().canUndo).toBe(false);
    first.planner.undo();
    await new Promise((r) => setTimeout(r, 20));
    expect(await loadMeasurements('p-store')).toBeNull();
  });
});
