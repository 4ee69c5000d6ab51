/**
 * The CSV dialog stayed open after "Nhập 5 trạm" when a site id was "constructor" or "__proto__": the commit's
 * state change made the scenario's site list hold Object.prototype's members, the map's sector wedges threw on
 * them, and the dialog was never closed. The flow here is the app's: dialog read in the worker's CSV session,
 * commit through the planner, the map's subscriber drawing the scenario's sites.
 */
import { describe, expect, it } from 'vitest';
import type { AppActions } from '../../src/app/actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { ImportActions } from '../../src/app/import-actions';
import { PlannerActions } from '../../src/app/planner-actions';
import { scenarioSites } from '../../src/app/scenarios';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { sectorWedges } from '../../src/domain/display/sector-wedges';
import type { Dataset } from '../../src/domain/model/types';
import { NO_EDITS, transition, type ScenarioEdits } from '../../src/domain/scenario/scenario-edits';
import { csvImportApi } from '../../src/worker/import-csv';

const NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];
const square = (x0: number, y0: number, d: number) => ({ type: 'Polygon' as const, coordinates: [[[x0, y0], [x0 + d, y0], [x0 + d, y0 + d], [x0, y0 + d], [x0, y0]]] });
const dataset: Dataset = {
  meta: { name: 'toy', synthetic: true, sources: [] },
  units: [{ code: 'U', name: 'Xã Thử', type: 'Xã', district: 'H', population: 2000, clutter: 'rural', geometry: square(107.5, 12, 0.2) }],
  villages: [], sites: [], fibre: [],
};

function setup() {
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G' as const] };
  let model = new CoverageModel(dataset, settings, { ftth: null });
  let applied: ScenarioEdits = NO_EDITS;
  const store = createStore<AppState>({ ...INITIAL_STATE, dataset }); // its scenario's siteEdits is a plain {}, as a stored project's is
  const worker = {
    ...csvImportApi,
    image: async () => null,
    async applyEdits(edits: ScenarioEdits) {
      const t = transition(store.get().dataset?.sites ?? [], applied, edits);
      for (const id of t.removals) model.removeSite(id);
      for (const s of t.upserts) model.upsertSite(s);
      applied = edits;
      return { figures: model.figures(), images: {}, elapsedMs: 0 };
    },
  };
  const recompute = async () => {
    const d = store.get().dataset;
    if (d) model = new CoverageModel(d, settings, { ftth: null });
    store.set({ figures: model.figures() });
  };
  const planner = new PlannerActions(store, worker as unknown as CoverageWorker, { notify: () => undefined, recompute, reloadBaseline: recompute });
  const actions = { worker, planner } as unknown as AppActions;
  // what MapPanel does on every state change: the scenario's sites and their sector wedges
  store.subscribe(() => void sectorWedges(scenarioSites(store.get()).filter((s) => !s.proposed), 450));
  return { store, imports: new ImportActions(store, actions) };
}

describe('CSV import of sites whose ids are Object.prototype names', () => {
  it('commits all five sites, closes the dialog and draws them', async () => {
    const { store, imports } = setup();
    const rows = NAMES.map((id, i) => `${id},Viettel,${12.05 + i * 0.02},${107.55 + i * 0.02},LTE,1800,${i * 60},65,4,30`);
    const text = ['site_id,operator,latitude,longitude,technology,band,azimuth,beamwidth,tilt,antenna_height', ...rows].join('\n');
    await imports.openFile(new File([text], 'tram.csv'));
    const read = imports.state.get().csv?.read;
    expect(read?.sites.map((s) => s.id)).toEqual(NAMES);
    expect(read?.issues.filter((i) => i.severity === 'error')).toEqual([]);

    imports.commitCsv();
    expect(imports.state.get().csv).toBeNull();
    const shown = scenarioSites(store.get());
    expect(shown.map((s) => [s.id, typeof s.lon, Array.isArray(s.sectors)])).toEqual(NAMES.map((id) => [id, 'number', true]));
    expect(store.get().notices.at(-1)?.level).toBe('info');
  });
});
