/**
 * Issue 17: with the VN-2000 zone unset every row was rejected and the default "replace" took a carrier from 1,167
 * sites to 34 in one click. A commit that removes more than half of a carrier's sites now waits for a confirmation
 * that shows the counts.
 */
import { describe, expect, it } from 'vitest';
import type { AppActions } from '../../src/app/actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { ImportActions } from '../../src/app/import-actions';
import { largeRemovals } from '../../src/app/import-merge';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import type { Dataset, Site } from '../../src/domain/model/types';
import { confirmRemovalText } from '../../src/i18n/import-strings';
import { csvImportApi } from '../../src/worker/import-csv';

const site = (id: string, carrier: string, i: number): Site => ({
  id, name: id, carrier, lon: 107.55 + (i % 10) * 0.01, lat: 12.05 + Math.floor(i / 10) * 0.01, heightM: 30,
  sectors: [{ azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 4 }], radios: [{ tech: '4G', bandMHz: 1800 }], proposed: false, layer: 'q2',
});
const VIETTEL = Array.from({ length: 40 }, (_, i) => site(`V${String(i + 1).padStart(2, '0')}`, 'Viettel', i));
const dataset: Dataset = {
  meta: { name: 'toy', synthetic: false, sources: [] },
  units: [{ code: 'U', name: 'Xã Thử', type: 'Xã', district: 'H', population: 2000, clutter: 'rural',
    geometry: { type: 'Polygon', coordinates: [[[107.5, 12], [107.7, 12], [107.7, 12.2], [107.5, 12.2], [107.5, 12]]] } }],
  villages: [], fibre: [], sites: [...VIETTEL, site('N1', 'VNPT', 3)],
};

function setup() {
  const store = createStore<AppState>({ ...INITIAL_STATE, dataset });
  const commits: Dataset[] = [];
  const planner = { commit: (patch: { dataset: Dataset }) => { commits.push(patch.dataset); store.set({ dataset: patch.dataset }); }, endGesture: () => undefined };
  const actions = { worker: csvImportApi as unknown as CoverageWorker, planner } as unknown as AppActions;
  return { store, commits, imports: new ImportActions(store, actions) };
}

const csvOf = (ids: readonly string[]) => new File([
  ['site_id,operator,latitude,longitude,technology,band,azimuth,antenna_height', ...ids.map((id, i) => `${id},Viettel,${12.06 + i * 0.01},107.6,LTE,1800,0,30`)].join('\n'),
], 'viettel-q3.csv');

describe('a replace that removes more than half of a carrier\'s sites', () => {
  it('is not committed until confirmed, and the confirmation counts the sites that go', async () => {
    const { store, commits, imports } = setup();
    await imports.openFile(csvOf(['V01', 'V02', 'V03', 'V99']));
    expect(imports.state.get().csv?.mode).toBe('replace');
    imports.commitCsv();
    expect(commits).toEqual([]);
    expect(imports.state.get().csv?.confirming).toBe(true);
    const effect = imports.commitEffect();
    // V01-V03 come back under their ids: 37 of Viettel's 40 go
    expect(effect && largeRemovals(effect)).toEqual([{ carrier: 'Viettel', before: 40, removed: 37 }]);
    expect(confirmRemovalText('vi', { removed: 1133, before: 1167, carrier: 'Viettel' })).toBe('Thay thế sẽ xoá 1.133 trong 1.167 trạm của Viettel.');
    expect(confirmRemovalText('en', { removed: 1133, before: 1167, carrier: 'Viettel' })).toBe('Replacing removes 1,133 of the 1,167 sites of Viettel.');

    imports.cancelConfirm();
    expect(imports.state.get().csv?.confirming).toBe(false);
    expect(store.get().dataset?.sites).toHaveLength(41);

    imports.commitCsv();
    imports.commitCsv(true);
    expect(commits).toHaveLength(1);
    expect(imports.state.get().csv).toBeNull();
    expect(store.get().dataset?.sites.filter((s) => s.carrier === 'Viettel').map((s) => s.id)).toEqual(['V01', 'V02', 'V03', 'V99']);
  });

  it('a change of mode drops a pending confirmation; "add" commits at once', async () => {
    const { commits, imports } = setup();
    await imports.openFile(csvOf(['V01', 'V99']));
    imports.commitCsv();
    expect(imports.state.get().csv?.confirming).toBe(true);
    imports.setMode('add');
    expect(imports.state.get().csv?.confirming).toBe(false);
    imports.commitCsv();
    expect(commits).toHaveLength(1);
    expect(commits[0]?.sites).toHaveLength(42);
  });

  it('a quarter\'s re-upload of the same sites replaces them without asking', async () => {
    const { commits, imports } = setup();
    await imports.openFile(csvOf(VIETTEL.map((s) => s.id)));
    imports.commitCsv();
    expect(imports.state.get().csv).toBeNull();
    expect(commits).toHaveLength(1);
  });
});
