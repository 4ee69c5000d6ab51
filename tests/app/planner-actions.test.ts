import { describe, expect, it } from 'vitest';
import { PlannerActions } from '../../src/app/planner-actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { activeScenario } from '../../src/app/scenarios';
import { coverageDue, inputsOf } from '../../src/app/coverage-settings';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import type { Dataset } from '../../src/domain/model/types';
import { PROPOSED_CARRIER, newProposedSite } from '../../src/domain/scenario/proposed-site';
import { NO_EDITS, transition, type ScenarioEdits } from '../../src/domain/scenario/scenario-edits';

const square = (x0: number, y0: number, d: number) => ({ type: 'Polygon' as const, coordinates: [[[x0, y0], [x0 + d, y0], [x0 + d, y0 + d], [x0, y0 + d], [x0, y0]]] });
const dataset: Dataset = {
  meta: { name: 'toy', synthetic: true, sources: [] },
  units: [{ code: 'U', name: 'Xã Thử', type: 'Xã', district: 'H', population: 2000, clutter: 'rural', geometry: square(107.5, 12, 0.2) }],
  villages: [
    { id: 'v1', name: 'Thôn 1', unitCode: 'U', population: 1200, geometry: square(107.53, 12.03, 0.01), point: [107.535, 12.035] },
    { id: 'v2', name: 'Bon 2', unitCode: 'U', population: 800, geometry: square(107.66, 12.16, 0.01), point: [107.665, 12.165] },
  ],
  sites: [{ ...newProposedSite('S1', 107.535, 12.035, 'VNPT'), proposed: false }],
  fibre: [],
};

/** The worker's applyEdits on a real engine, in-process. */
function fakeWorker() {
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G' as const] };
  const model = new CoverageModel(dataset, settings, { ftth: null });
  let applied: ScenarioEdits = NO_EDITS;
  const calls: ScenarioEdits[] = [];
  const worker = {
    image: async () => null,
    async applyEdits(edits: ScenarioEdits) {
      calls.push(edits);
      const t = transition(dataset.sites, applied, edits);
      for (const id of t.removals) model.removeSite(id);
      for (const s of t.upserts) model.upsertSite(s);
      applied = edits;
      return { figures: model.figures(), images: {}, elapsedMs: 0 };
    },
  };
  return { worker: worker as unknown as CoverageWorker, baseline: model.figures(), calls };
}

function setup() {
  const { worker, baseline, calls } = fakeWorker();
  const state: AppState = {
    ...INITIAL_STATE, dataset, baselineFigures: baseline, figures: baseline,
    scenarios: [{ id: 'a', name: 'A', note: '', ...NO_EDITS }], activeScenarioId: 'a',
  };
  const store = createStore(state);
  const planner = new PlannerActions(store, worker, { notify: () => undefined, recompute: async () => undefined, reloadBaseline: async () => undefined });
  const settle = () => new Promise((r) => setTimeout(r, 20));
  const covered = (id: string) => store.get().figures?.villages.find((v) => v.id === id)?.covered['4G'];
  return { store, planner, settle, covered, calls };
}

describe('PlannerActions: one write path with undo/redo', () => {
  it('placing a site covers a village and shows it in the delta; undo and redo restore both', async () => {
    const { store, planner, settle, covered } = setup();
    expect(covered('v2')).toBe(false);
    planner.placeSite(107.665, 12.165);
    await settle();
    expect(activeScenario(store.get())?.addedSites.map((s) => s.id)).toEqual(['P-1']);
    expect(covered('v2')).toBe(true);
    expect(store.get().delta?.gained.map((v) => v.name)).toEqual(['Bon 2']);
    expect(store.get().canUndo).toBe(true);
    planner.undo();
    await settle();
    expect(activeScenario(store.get())?.addedSites).toEqual([]);
    expect(covered('v2')).toBe(false);
    expect(store.get().selection).toEqual({ kind: 'none' });
    planner.redo();
    await settle();
    expect(covered('v2')).toBe(true);
  });

  it('a placed site belongs to no carrier until the planner picks one, and is counted apart as proposed either way', async () => {
    const { store, planner, settle } = setup();
    planner.placeSite(107.665, 12.165);
    await settle();
    const placed = activeScenario(store.get())?.addedSites[0];
    expect(placed?.carrier).toBe(PROPOSED_CARRIER);
    const bts = () => store.get().figures?.totals.btsByCarrierTech;
    expect(bts()?.VNPT?.['4G']).toBe(1);
    expect(bts()?.[PROPOSED_CARRIER]?.['4G']).toBe(1);
    if (!placed) throw new Error('no placed site');
    planner.updateSite({ ...placed, carrier: 'VNPT' }, 'carrier');
    await settle();
    expect(activeScenario(store.get())?.addedSites[0]?.carrier).toBe('VNPT');
    expect(bts()?.VNPT?.['4G']).toBe(1);
    expect(bts()?.[PROPOSED_CARRIER]?.['4G']).toBe(1);
    expect(store.get().figures?.units[0]?.sites.VNPT?.['4G']).toBe(1);
    planner.placeSite(107.6, 12.1);
    await settle();
    expect(activeScenario(store.get())?.addedSites[1]?.carrier).toBe(PROPOSED_CARRIER);
  });

  it('a whole drag is one undo step', async () => {
    const { store, planner, settle } = setup();
    for (let i = 1; i <= 5; i++) planner.moveSite('S1', 107.535 + i * 0.01, 12.035, 'g1');
    planner.endGesture();
    await settle();
    expect(activeScenario(store.get())?.siteEdits.S1?.lon).toBeCloseTo(107.585, 9);
    planner.undo();
    await settle();
    expect(activeScenario(store.get())?.siteEdits).toEqual({});
    expect(store.get().canUndo).toBe(false);
  });

  it('scenario switches, duplicates and deletes are undoable too; the last scenario cannot be deleted', async () => {
    const { store, planner, settle, covered } = setup();
    planner.placeSite(107.665, 12.165);
    planner.addScenario(false);
    await settle();
    expect(store.get().scenarios).toHaveLength(2);
    expect(covered('v2')).toBe(false);
    planner.switchScenario('a');
    await settle();
    expect(covered('v2')).toBe(true);
    planner.deleteScenario('a');
    await settle();
    expect(store.get().scenarios.map((s) => s.name)).toEqual(['Kịch bản 2']);
    planner.deleteScenario(store.get().activeScenarioId);
    expect(store.get().scenarios).toHaveLength(1);
    planner.undo();
    await settle();
    expect(store.get().activeScenarioId).toBe('a');
    expect(covered('v2')).toBe(true);
  });

  it('deleting a baseline site is a removal in the scenario, never a change of the dataset', async () => {
    const { store, planner, settle, covered } = setup();
    planner.deleteSite('S1');
    await settle();
    expect(store.get().dataset?.sites.map((s) => s.id)).toEqual(['S1']);
    expect(activeScenario(store.get())?.removedSiteIds).toEqual(['S1']);
    expect(covered('v1')).toBe(false);
    planner.revertSite('S1');
    await settle();
    expect(covered('v1')).toBe(true);
  });
});

describe('coverageDue: the map is told while an edit’s coverage is on its way', () => {
  it('is true from a move until its result lands, and false with no engine baseline', async () => {
    const { store, planner, settle } = setup();
    store.set((s) => ({ resultInputs: inputsOf(s) }));
    expect(coverageDue(store.get())).toBe(false);
    planner.placeSite(107.6, 12.1);
    expect(coverageDue(store.get())).toBe(true);
    await settle();
    expect(coverageDue(store.get())).toBe(false);
    const selected = store.get().selection;
    const id = selected.kind === 'site' ? selected.id : '';
    expect(id).not.toBe('');
    planner.moveSite(id, 107.61, 12.1, 'g');
    expect(coverageDue(store.get())).toBe(true);
    await settle();
    expect(coverageDue(store.get())).toBe(false);
    // During a full build the edit waits behind it for seconds: the map is not told to wait for it.
    store.set({ computing: true });
    planner.moveSite(id, 107.615, 12.1, 'g');
    expect(coverageDue(store.get())).toBe(false);
    store.set({ computing: false });
    await settle();
    // No baseline: no edit is sent to the engine, so nothing is due.
    store.set({ baselineFigures: null });
    planner.moveSite(id, 107.62, 12.1, 'g');
    expect(coverageDue(store.get())).toBe(false);
  });
});
