/**
 * Coverage-worker calls of the rules feature; they read the engine through engine-state. Underserved villages and
 * the proposer work on the engine's current scenario with its settings; undergrounding on the baseline fibre.
 * Extra models (basic threshold, one per carrier) are cached per (baseline, applied scenario, settings) identity.
 */
import { CoverageModel, type CoverageFigures, type CoverageSettings } from '../domain/coverage';
import type { Dataset } from '../domain/model/types';
import {
  DEFAULT_UNDERSERVED_RULES, filterUnderservedByCarrier, findColocationPairs, planUndergrounding, proposeSites,
  rankUnderservedVillages, type ColocationPair, type ProposerOptions, type ProposerResult, type UndergroundingResult,
  type UndergroundingRules, type UnderservedRules, type UnderservedVillage,
} from '../domain/rules';
import type { ScenarioEdits } from '../domain/scenario/scenario-edits';
import { engineState } from './engine-state';

export interface UnderservedAnswer {
  rows: UnderservedVillage[];
  /** Before the carrier filter. */
  total: number;
  carriers: string[];
  thresholdDbm: number;
  /** Null when the figures' threshold is already at or below the basic level. */
  basicThresholdDbm: number | null;
}

export interface CarrierFigures {
  carrier: string;
  figures: CoverageFigures;
}

export interface ColocationAnswer extends ColocationPair {
  a: [number, number];
  b: [number, number];
}

interface Key {
  baseline: Dataset | null;
  applied: ScenarioEdits | null;
  settings: CoverageSettings | null;
}

/** One value per engine identity: recomputed when the baseline, the applied scenario or the settings change. */
class EngineMemo<T> {
  private key: Key = { baseline: null, applied: null, settings: null };
  private value: T | null = null;

  get(make: () => T): T {
    const { baseline, applied, settings } = engineState;
    const k = this.key;
    if (this.value === null || k.baseline !== baseline || k.applied !== applied || k.settings !== settings) {
      this.value = make();
      this.key = { baseline, applied, settings };
    }
    return this.value;
  }
}

const basicMemo = new EngineMemo<CoverageFigures | null>();
const carrierMemo = new EngineMemo<CarrierFigures[]>();
const datasetMemo = new EngineMemo<Dataset>();

const scenarioDataset = (): Dataset => datasetMemo.get(() => engineState.scenarioDataset());
const carriersOf = (d: Dataset): string[] => [...new Set(d.sites.map((s) => s.carrier))].sort();

function basicFigures(settings: CoverageSettings): CoverageFigures | null {
  return basicMemo.get(() => {
    const basic = DEFAULT_UNDERSERVED_RULES.basicThresholdDbm;
    if (settings.thresholdDbm <= basic) return null;
    return new CoverageModel(scenarioDataset(), { ...settings, thresholdDbm: basic, techs: ['4G'] }, { ftth: null }).figures();
  });
}

function carrierFigures(settings: CoverageSettings): CarrierFigures[] {
  return carrierMemo.get(() => {
    const d = scenarioDataset();
    return carriersOf(d).map((carrier) => ({
      carrier,
      figures: new CoverageModel({ ...d, sites: d.sites.filter((s) => s.carrier === carrier) }, { ...settings, techs: ['4G', '5G'] }, { ftth: null }).figures(),
    }));
  });
}

export const rulesApi = {
  /** Ranked underserved villages of the current scenario; per-carrier models are built only when `carrier` is set. */
  underserved(rules: Partial<UnderservedRules>, carrier: string | null): UnderservedAnswer {
    const { m, settings } = engineState.requireModel();
    const dataset = scenarioDataset();
    const basic = basicFigures(settings);
    const perCarrier = carrier === null ? undefined : Object.fromEntries(carrierFigures(settings).map((c) => [c.carrier, c.figures]));
    const all = rankUnderservedVillages({
      dataset, figures: m.figures(), basicFigures: basic ?? undefined, carrierFigures: perCarrier,
      rules: { ...rules, thresholdDbm: settings.thresholdDbm },
    });
    const rows = carrier === null ? all : filterUnderservedByCarrier(all, carrier);
    return {
      rows, total: all.length, carriers: carriersOf(dataset), thresholdDbm: settings.thresholdDbm,
      basicThresholdDbm: basic ? DEFAULT_UNDERSERVED_RULES.basicThresholdDbm : null,
    };
  },
  /** Figures of each carrier's sites alone on the current scenario (4G and 5G, no FTTH). */
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
  /** Greedy site proposals on the current scenario with the engine's settings; progress 0..1 through the callback. */
  propose(options: Partial<ProposerOptions>, onProgress?: (fraction: number) => void): ProposerResult {
    const { settings } = engineState.requireModel();
    let last = -1;
    return proposeSites(scenarioDataset(), settings, options, (f) => {
      // A comlink proxy call is a message: send only visible steps.
      if (onProgress && (f >= 1 || f - last >= 0.02)) {
        last = f;
        void onProgress(f);
      }
    });
  },
};
