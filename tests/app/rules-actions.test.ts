import { describe, expect, it } from 'vitest';
import type { AppActions } from '../../src/app/actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { PlannerActions } from '../../src/app/planner-actions';
import { coveredVillages4g, freshIdPrefix, freshSiteIds, proposerTargets, RulesActions, visibleRows } from '../../src/app/rules-actions';
import { underservedCsv, underservedGeojson, undergroundingCsv } from '../../src/app/rules-export';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { generateDemoDataset } from '../../src/domain/demo';
import { NO_EDITS, type ScenarioEdits } from '../../src/domain/scenario/scenario-edits';
import { engineState } from '../../src/worker/engine-state';
import { PROPOSED_CARRIER } from '../../src/domain/scenario/proposed-site';
import { proposedSite } from '../../src/domain/rules';
import type { VillageFigures } from '../../src/domain/coverage';
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
    image: async () => null,
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
  return { store, rules: new RulesActions(store, actions), notices, dataset, planner };
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
  });

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
  });
});

/** A village lacks a technology under a rule share when nothing of it is covered or less than the share. */
const lacks = (v: VillageFigures, tech: '4G' | '5G', share: number): boolean => v.coveredShare[tech] === 0 || v.coveredShare[tech] < share;

describe('rules changed through the actions', () => {
  it('move the underserved list, and the proposer targets that list at the rule share', async () => {
    const { store, rules } = setup();
    const villages = store.get().figures?.villages ?? [];
    await rules.refreshUnderserved();
    const mobileGaps = () => (rules.store.get().underserved?.rows ?? []).filter((r) => r.flags.unservedMobile || r.flags.basic4gOnly);
    expect(mobileGaps().length).toBe(villages.filter((v) => lacks(v, '4G', 0.5)).length);

    await rules.setRules({ villageCoveredShare: 0.9 });
    const strict = villages.filter((v) => lacks(v, '4G', 0.9));
    expect(strict.length).toBeGreaterThan(villages.filter((v) => lacks(v, '4G', 0.5)).length);
    expect(mobileGaps().map((r) => r.villageId).sort()).toEqual(strict.map((v) => v.id).sort());

    const basicBefore = mobileGaps().filter((r) => r.flags.basic4gOnly).length;
    await rules.setRules({ basicThresholdDbm: -125 });
    expect(rules.store.get().underserved?.basicThresholdDbm).toBe(-125);
    expect(mobileGaps().filter((r) => r.flags.basic4gOnly).length).toBeGreaterThan(basicBefore);
    expect(mobileGaps().length).toBe(strict.length);

    // Units by their strict village nearest to the share; the first where one proposed site brings a village over it.
    const byShare = [...new Set([...strict].sort((a, b) => b.coveredShare['4G'] - a.coveredShare['4G']).map((v) => v.unitCode))];
    let unit = '';
    let targets: string[] = [];
    let result = rules.store.get().proposer.result;
    for (const candidate of byShare.slice(0, 6)) {
      unit = candidate;
      await rules.setRules({ require5G: true, require5GUnits: [unit] });
      const no5g = (rules.store.get().underserved?.rows ?? []).filter((r) => r.flags.no5g);
      expect(no5g.map((r) => r.villageId).sort()).toEqual(villages.filter((v) => v.unitCode === unit && lacks(v, '5G', 0.9)).map((v) => v.id).sort());
      rules.setFilter({ commune: unit });
      targets = proposerTargets(rules.store.get());
      expect(targets.sort()).toEqual(strict.filter((v) => v.unitCode === unit).map((v) => v.id).sort());
      rules.setProposerSettings({ maxSites: 1 });
      await rules.propose();
      result = rules.store.get().proposer.result;
      expect(result?.targetVillages).toBe(targets.length);
      expect(result?.villageCoveredShare).toBe(0.9);
      expect(result?.villagesCoveredBefore).toBe(villages.length - strict.length);
      if ((result?.suggestions.length ?? 0) > 0) break;
    }
    expect(result?.suggestions.length).toBe(1);
    expect(result?.suggestions.every((x) => x.site.carrier === PROPOSED_CARRIER && x.site.radios.some((r) => r.tech === '5G'))).toBe(true);
    expect(result?.suggestions.flatMap((x) => x.villageIds).some((id) => targets.includes(id))).toBe(true);

    rules.acceptProposal();
    await until(() => rules.store.get().proposer.accepted?.actual !== null);
    expect(rules.store.get().proposer.accepted?.actual).toBe(result?.promisedVillagesCovered);
    expect(coveredVillages4g(store.get(), 0.9)).toBe(result?.promisedVillagesCovered);
  });

  it('keep the proposer pseudo-carrier out of the carrier list, per-carrier figures and co-location pairs', async () => {
    const { store, rules, dataset, planner } = setup();
    const viettel = dataset.sites.find((x) => x.carrier === 'Viettel');
    if (!viettel) throw new Error('demo has Viettel sites');
    // 0.0003 degrees of latitude is about 33 m: a real carrier's site there would pair within 100 m.
    const near = proposedSite('DX-1', viettel.lon, viettel.lat + 0.0003);
    const before = store.get().figures;
    const scenario = { ...store.get().scenarios[0], id: 'scenario-1', name: 'S', note: '', siteEdits: {}, removedSiteIds: [], addedSites: [near] };
    planner.commit({ scenarios: [scenario], activeScenarioId: 'scenario-1' });
    await until(() => store.get().figures !== before);
    await rules.refreshUnderserved();
    expect(rules.store.get().underserved?.carriers).toEqual(['MobiFone', 'VNPT', 'Viettel']);
    await rules.loadCarrierFigures();
    const perCarrier = rules.store.get().carrierFigures ?? [];
    expect(perCarrier.map((c) => c.carrier)).toEqual(['MobiFone', 'VNPT', 'Viettel']);
    // No real carrier's sites changed: each carrier's scenario figures are its baseline figures.
    expect(perCarrier.every((c) => c.baseline !== null && c.scenario === c.baseline)).toBe(true);
    await rules.findColocation(100);
    expect((rules.store.get().colocation ?? []).some((p) => p.siteA === 'DX-1' || p.siteB === 'DX-1')).toBe(false);
  });
});

describe('fresh ids', () => {
  it('avoids ids and prefixes in use', () => {
    expect(freshSiteIds(new Set(['DX-1', 'DX-3']), 3)).toEqual(['DX-2', 'DX-4', 'DX-5']);
    expect(freshIdPrefix(new Set(['A', 'DX-1']))).toBe('DX2-');
    expect(freshIdPrefix(new Set(['A']))).toBe('DX-');
  });
});
