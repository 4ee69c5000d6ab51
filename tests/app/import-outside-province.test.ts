/**
 * Issue 17: a site outside the loaded province is an error and is left out unless the user includes its line on
 * purpose; a sign fix that lands inside is applied, and the user may undo it. Both are one choice per line.
 */
import { describe, expect, it, vi } from 'vitest';
import type { AppActions } from '../../src/app/actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { ImportActions } from '../../src/app/import-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import type { Dataset } from '../../src/domain/model/types';
import { csvImportApi } from '../../src/worker/import-csv';
import { engineState } from '../../src/worker/engine-state';

const dataset: Dataset = {
  meta: { name: 'toy', synthetic: false, sources: [] },
  units: [{ code: 'U', name: 'Xã Thử', type: 'Xã', district: 'H', population: 2000, clutter: 'rural',
    geometry: { type: 'Polygon', coordinates: [[[107.5, 12], [107.7, 12], [107.7, 12.2], [107.5, 12.2], [107.5, 12]]] } }],
  villages: [], fibre: [], sites: [],
};

function setup() {
  engineState.setBaseline(dataset);
  const store = createStore<AppState>({ ...INITIAL_STATE, dataset });
  const commits: Dataset[] = [];
  const planner = { commit: (patch: { dataset: Dataset }) => { commits.push(patch.dataset); store.set({ dataset: patch.dataset }); }, endGesture: () => undefined };
  const actions = { worker: csvImportApi as unknown as CoverageWorker, planner } as unknown as AppActions;
  return { store, commits, imports: new ImportActions(store, actions) };
}

const csv = new File([[
  'site_id,operator,latitude,longitude,technology,band,azimuth,antenna_height',
  'IN1,Viettel,12.1,107.6,LTE,1800,0,30', // line 2: inside
  'BMT,Viettel,12.67,108.04,LTE,1800,0,30', // line 3: Buôn Ma Thuột, far outside the toy commune
  'SIGN,Viettel,12.1,-107.6,LTE,1800,0,30', // line 4: lost minus sign
].join('\n')], 'viettel-q3.csv');

describe('a site outside the province in the import report', () => {
  it('is an error, left out, until its line is included anyway; then it is committed as read', async () => {
    const { store, imports } = setup();
    await imports.openFile(csv);
    const first = imports.state.get().csv?.read;
    expect(first?.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.code])).toEqual([[3, 'outsideProvince']]);
    expect(first?.sites.map((s) => s.id)).toEqual(['IN1', 'SIGN']);

    await imports.toggleKept(3);
    const kept = imports.state.get().csv;
    expect(kept?.choices.keptLines).toEqual([3]);
    expect(kept?.read?.issues.find((i) => i.line === 3)).toMatchObject({ severity: 'warning', code: 'outsideIncluded' });
    expect(kept?.read?.stats.rejectedRows).toBe(0);

    imports.commitCsv();
    expect(store.get().dataset?.sites.find((s) => s.id === 'BMT')).toMatchObject({ lat: 12.67, lon: 108.04 });
  });

  it('applies a sign fix that lands inside, and the user may undo it (the line is then kept as read)', async () => {
    const { imports } = setup();
    await imports.openFile(csv);
    const fixed = imports.state.get().csv?.read;
    expect(fixed?.issues.find((i) => i.line === 4)).toMatchObject({ code: 'outsideFixed', fix: { kind: 'negate-lon', applied: true } });
    expect(fixed?.sites.find((s) => s.id === 'SIGN')?.lon).toBe(107.6);

    await imports.toggleKept(4);
    const undone = imports.state.get().csv?.read;
    expect(undone?.sites.find((s) => s.id === 'SIGN')?.lon).toBe(-107.6);
    expect(undone?.issues.find((i) => i.line === 4)).toMatchObject({ code: 'outsideIncluded' });

    await imports.toggleKept(4);
    expect(imports.state.get().csv?.read?.sites.find((s) => s.id === 'SIGN')?.lon).toBe(107.6);
  });

  it('takes the margin chosen in the dialog', async () => {
    const { imports } = setup();
    await imports.openFile(csv);
    imports.setProvinceMargin(100);
    await vi.waitFor(() => expect(imports.state.get().csv?.read?.issues.find((i) => i.line === 3)?.code).toBe('outsideNear'));
    expect(imports.state.get().csv?.choices.provinceMarginKm).toBe(100);
  });
});
