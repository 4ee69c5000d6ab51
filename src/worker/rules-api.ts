/**
 * Coverage-worker calls of the rules feature; they read the engine through engine-state. Underserved villages and
 * the proposer work on the engine's current scenario with its settings; undergrounding on the baseline fibre.
 * Extra models (basic threshold, one per carrier) are cached per (baseline, applied scenario, settings) identity.
 */
import { CoverageModel, type CoverageFigures, type CoverageSettings } from '../domain/coverage';
import type { Dataset, Site } from '../domain/model/types';
import { isRealCarrier } from '../domain/scenario/proposed-site';
import {
  DEFAULT_UNDERSERVED_RULES, filterUnderservedByCarrier, findColocationPairs, planUndergrounding, proposerSteps,
  rankUnderservedVillages, type ColocationPair, type ProposerOptions, type ProposerResult, type UndergroundingResult,
  type UndergroundingRules, type UnderservedRules, type UnderservedVillage,
} from '../domain/rules';
import type { ScenarioEdits } from '../domain/scenario/scenario-edits';
import { engineState } from './engine-state';
import { withBandHelper } from './band-helper';

export interface UnderservedAnswer {
  rows: UnderservedVillage[];
  /** Before the carrier filter. */
  total: number;
  carriers: string[];
  thresholdDbm: number;
  /** Null when the figures' threshold is already at or below the basic level. */
  basicThresholdDbm: number | null;
}

/** One real carrier's sites alone: on the baseline and on the current scenario (null when it has none there). */
export interface CarrierFigures {
  carrier: string;
  baseline: CoverageFigures | null;
  scenario: CoverageFigures | null;
}

export interface ColocationAnswer extends ColocationPair {
  a: [number, number];
  b: [number, number];
}

/** The proposer works in slices this long, then lets the worker's other messages in (a cancel, a recompute). */
const PROPOSER_SLICE_MS = 100;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

interface Key {
  baseline: Dataset | null;
  applied: ScenarioEdits | null;
  settings: CoverageSettings | null;
  extra: number;
}

/**
 * One value per engine identity: recomputed when the baseline, the applied scenario (unless `baselineOnly`), the
 * settings or the caller's extra key change.
 */
class EngineMemo<T> {
  private key: Key = { baseline: null, applied: null, settings: null, extra: NaN };
  private value: T | null = null;

  constructor(private readonly baselineOnly = false) {}

  get(make: () => T, extra = 0): T {
    const { baseline, settings } = engineState;
    const applied = this.baselineOnly ? null : engineState.applied;
    const k = this.key;
    if (this.value === null || k.baseline !== baseline || k.applied !== applied || k.settings !== settings || k.extra !== extra) {
      this.value = make();
      this.key = { baseline, applied, settings, extra };
    }
    return this.value;
  }
}

const basicMemo = new EngineMemo<CoverageFigures | null>();
const carrierMemo = new EngineMemo<Map<string, CoverageFigures>>();
const baselineCarrierMemo = new EngineMemo<Map<string, { sites: Site[]; figures: CoverageFigures }>>(true);
const datasetMemo = new EngineMemo<Dataset>();

const scenarioDataset = (): Dataset => datasetMemo.get(() => engineState.scenarioDataset());
export interface TerrainFigures {
  withTerrain: CoverageFigures;
  openGround: CoverageFigures;
}

/** Real carriers only: the proposer's suggestions are no carrier's (see PROPOSED_CARRIER). */
const carriersOf = (d: Dataset): string[] => [...new Set(d.sites.map((s) => s.carrier))].filter(isRealCarrier).sort();
const sameSites = (a: readonly Site[], b: readonly Site[]): boolean => a.length === b.length && a.every((s, i) => s === b[i]);

function basicFigures(settings: CoverageSettings, basic: number): CoverageFigures | null {
  return basicMemo.get(() => {
    if (settings.thresholdDbm <= basic) return null;
    return new CoverageModel(scenarioDataset(), { ...settings, thresholdDbm: basic, techs: ['4G'] }, { ftth: null, ...withBandHelper }).figures();
  }, basic);
}

const carrierModel = (d: Dataset, sites: Site[], settings: CoverageSettings): CoverageFigures =>
  new CoverageModel({ ...d, sites }, { ...settings, techs: ['4G', '5G'] }, { ftth: null, ...withBandHelper }).figures();

function baselineCarrierFigures(settings: CoverageSettings): Map<string, { sites: Site[]; figures: CoverageFigures }> {
  return baselineCarrierMemo.get(() => {
    const d = engineState.requireBaseline();
    return new Map(carriersOf(d).map((carrier) => {
      const sites = d.sites.filter((s) => s.carrier === carrier);
      return [carrier, { sites, figures: carrierModel(d, sites, settings) }];
    }));
  });
}

/** Each real carrier's figures on the scenario; a carrier whose sites the scenario leaves untouched reuses its baseline figures. */
function scenarioCarrierFigures(settings: CoverageSettings): Map<string, CoverageFigures> {
  return carrierMemo.get(() => {
    const d = scenarioDataset();
    const base = baselineCarrierFigures(settings);
    return new Map(carriersOf(d).map((carrier) => {
      const sites = d.sites.filter((s) => s.carrier === carrier);
      const b = base.get(carrier);
      return [carrier, b && sameSites(b.sites, sites) ? b.figures : carrierModel(d, sites, settings)];
    }));
  });
}

function carrierFigures(settings: CoverageSettings): CarrierFigures[] {
  const base = baselineCarrierFigures(settings);
  const scen = scenarioCarrierFigures(settings);
  const carriers = [...new Set([...base.keys(), ...scen.keys()])].sort();
  return carriers.map((carrier) => ({ carrier, baseline: base.get(carrier)?.figures ?? null, scenario: scen.get(carrier) ?? null }));
}

export const rulesApi = {
  /** Ranked underserved villages of the current scenario; per-carrier models are built only when `carrier` is set. */
  underserved(rules: Partial<UnderservedRules>, carrier: string | null): UnderservedAnswer {
    const { m, settings } = engineState.requireModel();
    const dataset = scenarioDataset();
    const basicDbm = rules.basicThresholdDbm ?? DEFAULT_UNDERSERVED_RULES.basicThresholdDbm;
    const basic = basicFigures(settings, basicDbm);
    const perCarrier = carrier === null ? undefined : Object.fromEntries(scenarioCarrierFigures(settings));
    const all = rankUnderservedVillages({
      dataset, figures: m.figures(), basicFigures: basic ?? undefined, carrierFigures: perCarrier,
      rules: { ...rules, thresholdDbm: settings.thresholdDbm },
    });
    const rows = carrier === null ? all : filterUnderservedByCarrier(all, carrier);
    return {
      rows, total: all.length, carriers: carriersOf(dataset), thresholdDbm: settings.thresholdDbm,
      basicThresholdDbm: basic ? basicDbm : null,
    };
  },
  /**
   * The active scenario's figures with the terrain term and on open ground (terrain left out), for the dashboard;
   * null when the project has no elevation layer.
   */
  terrainFigures(): TerrainFigures | null {
    const { m, settings } = engineState.requireModel();
    const d = scenarioDataset();
    if (!d.elevation) return null;
    const other = (terrain: boolean) => new CoverageModel(d, { ...settings, terrain, techs: ['4G', '5G'] }, { ftth: null }).figures();
    const on = settings.terrain === false ? other(true) : m.figures();
    const off = settings.terrain === false ? m.figures() : other(false);
    return { withTerrain: on, openGround: off };
  },
  /** Figures of each real carrier's sites alone on the baseline and the current scenario (4G and 5G, no FTTH). */
  carrierFigures(): CarrierFigures[] {
    return carrierFigures(engineState.requireModel().settings);
  },
  /** Undergrounding packages of the baseline's aerial fibre. */
  undergrounding(rules: Partial<UndergroundingRules>): UndergroundingResult {
    return planUndergrounding(engineState.requireBaseline(), rules);
  },
  /** Site pairs of different carriers within `distanceM` on the current scenario. */
  colocation(distanceM: number): ColocationAnswer[] {
    const sites = scenarioDataset().sites;
    const at = new Map(sites.map((s) => [s.id, [s.lon, s.lat] as [number, number]]));
    return findColocationPairs(sites, distanceM).map((p) => ({ ...p, a: at.get(p.siteA) ?? [0, 0], b: at.get(p.siteB) ?? [0, 0] }));
  },
  /**
   * Greedy site proposals on the current scenario with the engine's settings; progress 0..1 through the callback.
   * Null when cancelled (cancelProposal) or overtaken by a newer run: it stops at the next slice, freeing the worker.
   */
  async propose(options: Partial<ProposerOptions>, onProgress?: (fraction: number) => void): Promise<ProposerResult | null> {
    const run = ++engineState.proposerRun;
    const { settings } = engineState.requireModel();
    const steps = proposerSteps(scenarioDataset(), settings, options);
    let last = -1;
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      const f = step.value;
      // A comlink proxy call is a message: send only visible steps.
      if (onProgress && (f >= 1 || f - last >= 0.02)) {
        last = f;
        void onProgress(f);
      }
      if (performance.now() - sliceStart < PROPOSER_SLICE_MS) continue;
      await nextTask();
      if (run !== engineState.proposerRun) return null;
      sliceStart = performance.now();
    }
  },
  /** Stops the running proposal at its next slice. */
  cancelProposal(): void {
    engineState.proposerRun++;
  },
};
