import { describe, expect, it } from 'vitest';
import { mergeLayer } from '../../src/app/dataset-merge';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { PlannerActions } from '../../src/app/planner-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import type { Dataset, Road } from '../../src/domain/model/types';

const oldRoads: Road[] = [{ id: 'old', name: 'QL14', class: 'main', coordinates: [[107, 12], [107.2, 12]] }];
const base: Dataset = { meta: { name: 'demo', synthetic: true, sources: ['generated'] }, units: [], villages: [], sites: [], fibre: [], roads: oldRoads };
const imported: Road[] = [
  { id: 'R1', name: 'Đường liên xã', class: 'minor', coordinates: [[107.5, 12.1], [107.6, 12.1]] },
  { id: 'R2', name: 'ĐT 681', class: 'main', coordinates: [[107.6, 12.1], [107.7, 12.2]] },
];

describe('importing a roads layer', () => {
  it('replaces the roads, keeps the other layers and records the file once', () => {
    const merged = mergeLayer(base, { kind: 'roads', result: { items: imported, issues: [] } }, 'roads.geojson');
    expect(merged.roads).toEqual(imported);
    expect(merged.fibre).toBe(base.fibre);
    expect(merged.meta.sources).toEqual(['generated', 'roads.geojson']);
  });

  it('is one undo step: undo brings back the roads that were there before', () => {
    let reloads = 0;
    const state: AppState = { ...INITIAL_STATE, dataset: base };
    const store = createStore(state);
    const planner = new PlannerActions(store, {} as CoverageWorker, {
      notify: () => undefined, recompute: async () => undefined, reloadBaseline: async () => { reloads += 1; },
    });
    const dataset = store.get().dataset;
    if (!dataset) throw new Error('no dataset');
    planner.commit({ dataset: mergeLayer(dataset, { kind: 'roads', result: { items: imported, issues: [] } }, 'roads.geojson') });
    planner.endGesture();
    expect(store.get().dataset?.roads?.map((r) => r.id)).toEqual(['R1', 'R2']);
    planner.undo();
    expect(store.get().dataset?.roads).toEqual(oldRoads);
    planner.redo();
    expect(store.get().dataset?.roads?.map((r) => r.id)).toEqual(['R1', 'R2']);
    expect(reloads).toBe(3);
  });
});
