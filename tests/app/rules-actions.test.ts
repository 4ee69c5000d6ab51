import { describe, expect, it } from 'vitest';
import type { AppActions } from '../../src/app/actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { PlannerActions } from '../../src/app/planner-actions';
import { coveredVillages4g, freshIdPrefix, freshSiteIds, RulesActions, visibleRows } from '../../src/app/rules-actions';
import { underservedCsv, underservedGeojson, undergroundingCsv } from '../../src/app/rules-export';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { generateDemoDataset } from '../../src/domain/demo';
import { NO_EDITS, type ScenarioEdits } from '../../src/domain/scenario/scenario-edits';
import { engineState } from '../../src/worker/engine-state';
import { rulesApi } from '../../src/worker/rules-api';

/** The coverage worker's rules calls and applyEdits, in-process on the demo with indoor loss (so gaps exist). */
function setup() {
  const dataset = generateDemoDataset();
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, indoor: true };
  engineState.setBaseline(dataset);
  const model = new CoverageModel(dataset, settings);
  engineState.setModel(model, settings, NO_EDITS);
  const baseline = model.figures();
  const worker = {
    ...rulesApi,
    async applyEdits(edits: ScenarioEdits) {
      engineState.applyScenario(model, edits);
      return { figures: model.figures(), images: {}, elapsedMs: 0 };
    },
  };
  const store = createStore<AppState>({ ...INITIAL_STATE, indoor: true, dataset, figures: baseline, baselineFigures: baseline });
  const notices: string[] = [];
  const host = { notify: (_l: string, text: string) => void notices.push(text), recompute: async () => undefined, reloadBaseline: async () => undefined };
  const planner = new PlannerActions(store, worker as unknown as CoverageWorker, host);
  const actions = { worker, planner, notify: host.notify } as unknown as AppActions;
  return { store, rules: new RulesActions(store, actions), notices, dataset };
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('rules actions on the demo', () => {
  it('lists underserved villages, filters by commune and highlights them; a proposal accepted as a scenario covers exactly the promise', async () => {
    const { store, rules, notices, dataset } = setup();
    await rules.refreshUnderserved();
    const answer = rules.store.get().underserved;
    expect(answer && answer.rows.length).toBeGreaterThan(100);
    expect(store.get().highlight?.source).toBe('underserved');
    expect(store.get().highlight?.villageIds.length).toBe(answer?.rows.length);
    const unit = answer?.rows[0]?.unitCode ?? '';
    rules.setFilter({ commune: unit });
    const shown = visibleRows(rules.store.get());
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((r) => r.unitCode === unit)).toBe(true);
    expect(store.get().highlight?.villageIds).toEqual(shown.map((r) => r.villageId));

    const progress: number[] = [];
    const unsub = rules.store.subscribe(() => progress.push(rules.store.get().proposer.progress));
    rules.setProposerSettings({ maxSites: 2 });
    await rules.propose();
    unsub();
    const result = rules.store.get().proposer.result;
    expect(result?.suggestions.length).toBeGreaterThan(0);
    expect(result?.suggestions.every((s) => s.site.id.startsWith('DX-'))).toBe(true);
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
    expect(store.get().highlight?.points.length).toBe(result?.suggestions.length);

    rules.acceptProposal();
    const st = store.get();
    const created = st.scenarios.find((x) => x.id === st.activeScenarioId);
    expect(created?.name).toBe(`Đề xuất tự động (${result?.suggestions.length} trạm)`);
    expect(created?.addedSites.every((s) => s.proposed)).toBe(true);
    await until(() => rules.store.get().proposer.accepted?.actual !== null);
    expect(rules.store.get().proposer.accepted?.actual).toBe(result?.promisedVillagesCovered);
    expect(coveredVillages4g(store.get())).toBe(result?.promisedVillagesCovered);
    expect(notices).toEqual([]);

    rules.clearHighlight('undergrounding');
    expect(store.get().highlight?.source).toBe('underserved');
    rules.clearHighlight('underserved');
    expect(store.get().highlight).toBeNull();

    const csv = underservedCsv(shown, 'vi');
    expect(csv.startsWith('\ufeffrank,village_id')).toBe(true);
    expect(csv).toContain('không có 4G');
    const gj = JSON.parse(underservedGeojson(shown, dataset.villages, 'en')) as { features: { properties: { reasons: string } }[] };
    expect(gj.features.length).toBe(shown.length);
    expect(gj.features[0]?.properties.reasons).toMatch(/4G|fibre/);
  }, 60_000);

  it('plans undergrounding with a highlight of proposed packages, per-carrier figures and co-location pairs', async () => {
    const { store, rules } = setup();
    await rules.refreshUndergrounding();
    const ug = rules.store.get().undergrounding;
    expect(ug && ug.packages.length).toBeGreaterThan(0);
    expect(store.get().highlight?.paths.length).toBeGreaterThan(0);
    expect(undergroundingCsv(ug?.packages ?? [], 'vi')).toContain('cáp treo');
    await rules.loadCarrierFigures();
    expect(rules.store.get().carrierFigures?.map((c) => c.carrier)).toEqual(['MobiFone', 'VNPT', 'Viettel']);
    await rules.findColocation(100);
    const pairs = rules.store.get().colocation ?? [];
    expect(pairs.every((p) => p.carrierA !== p.carrierB && p.distanceM <= 100)).toBe(true);
    expect(store.get().highlight?.source).toBe('colocation');
  }, 60_000);
});

describe('fresh ids', () => {
  it('avoids ids and prefixes in use', () => {
    expect(freshSiteIds(new Set(['DX-1', 'DX-3']), 3)).toEqual(['DX-2', 'DX-4', 'DX-5']);
    expect(freshIdPrefix(new Set(['A', 'DX-1']))).toBe('DX2-');
    expect(freshIdPrefix(new Set(['A']))).toBe('DX-');
  });
});
