import * as Comlink from 'comlink';
import { installCodedThrow } from './coded-throw';
import { CoverageModel, type CoverageFigures, type CoverageSettings } from '../domain/coverage';
import { levelChangeApi } from './level-change-api';
import type { CoverageImage } from '../domain/display/coverage-image';
import type { ImagePatch } from '../domain/display/image-patch';
import { ImageFeed } from './image-feed';
import { renderGainImage, type GainCounts } from '../domain/display/coverage-gain-image';
import type { Dataset, Technology } from '../domain/model/types';
import type { ScenarioEdits } from '../domain/scenario/scenario-edits';
import { joinApis } from './api-catalogue';
import { engineState } from './engine-state';
import { importApi } from './import-api';
import { measureApi } from './measure-api';
import { printApi } from './print-api';
import { rulesApi } from './rules-api';
import { signalApi } from './signal-api';
import { terrainApi } from './terrain-api';
import { deriveLayers, type DerivedLayers } from './derived-layers';
import { bandHelperStarted, withBandHelper } from './band-helper';

export interface CoverageResult {
  figures: CoverageFigures;
  images: Partial<Record<Technology, CoverageImage>>;
  /** After a scenario edit: the changed pixels of the shown technology's image (no patch and no image: unchanged). */
  patch?: ImagePatch & { tech: Technology };
  elapsedMs: number;
}

export interface FullResult extends CoverageResult {
  /** Figures of the baseline (no scenario edits), the reference of every delta. */
  baselineFigures: CoverageFigures;
  /** Threads that painted the build: 2 when the band helper took half the rows. */
  threads: number;
}

export interface CompareResult {
  figuresA: CoverageFigures;
  figuresB: CoverageFigures;
  image: CoverageImage & GainCounts;
}

const engine = engineState;
const requireBaseline = () => engine.requireBaseline();
const requireModel = () => engine.requireModel();
const applyScenario = (m: CoverageModel, to: ScenarioEdits) => engine.applyScenario(m, to);

const feed = new ImageFeed();

function result(m: CoverageModel, settings: CoverageSettings, started: number): CoverageResult {
  const images: Partial<Record<Technology, CoverageImage>> = {};
  const transfers: ArrayBuffer[] = [];
  for (const tech of settings.techs) {
    const image = feed.full(m, tech);
    images[tech] = image;
    transfers.push(image.rgba.buffer as ArrayBuffer);
  }
  const out = { figures: m.figures(), images, elapsedMs: performance.now() - started };
  return Comlink.transfer(out, transfers);
}

/** After an edit: the shown technology's changed pixels, or its whole image when none of this build was sent yet. */
function editResult(m: CoverageModel, started: number, shown: Technology): CoverageResult {
  const patch = feed.patch(m, shown);
  if (patch === null) {
    const image = feed.full(m, shown);
    const out = { figures: m.figures(), images: { [shown]: image }, elapsedMs: performance.now() - started };
    return Comlink.transfer(out, [image.rgba.buffer as ArrayBuffer]);
  }
  const out: CoverageResult = { figures: m.figures(), images: {}, elapsedMs: performance.now() - started };
  if (patch === 'unchanged') return out;
  return Comlink.transfer({ ...out, patch: { ...patch, tech: shown } }, [patch.rgba.buffer as ArrayBuffer]);
}

/** The engine's own calls; the features' are joined below. */
const coverageApi = {
  /** The generator (and the turf buffer and hull code it alone uses) is fetched only when the demo is asked for. */
  async loadDemo(seed?: number): Promise<{ dataset: Dataset; derived: DerivedLayers }> {
    const { generateDemoDataset } = await import('../domain/demo');
    const demo = generateDemoDataset(seed);
    engine.setBaseline(demo);
    return { dataset: demo, derived: deriveLayers(demo) };
  },
  /** New baseline layers; the scenario's sites are given with every compute. */
  setDataset(next: Dataset): DerivedLayers {
    engine.setBaseline(next);
    return deriveLayers(next);
  },
  /** Full build on the baseline (its figures are the delta reference), then the scenario's edits on top. */
  async compute(settings: CoverageSettings, edits: ScenarioEdits): Promise<FullResult> {
    await bandHelperStarted();
    const started = performance.now();
    const m = new CoverageModel(requireBaseline(), settings, withBandHelper);
    engine.setBaselineModel(m, settings);
    const baselineFigures = m.figures();
    applyScenario(m, edits);
    return { ...result(m, settings, started), baselineFigures, threads: Math.max(m.paintThreads, m.sweepThreads) };
  },
  /** Colours one technology's raster again (after edits made while another one was shown). */
  image(tech: Technology): CoverageImage | null {
    const { model, settings } = engine;
    if (!model || !settings || !settings.techs.includes(tech)) return null;
    const image = feed.full(model, tech);
    return Comlink.transfer(image, [image.rgba.buffer as ArrayBuffer]);
  },
  /** Any scenario change (edit, undo, switch): only the sites that differ are recomputed; the shown tech is coloured. */
  applyEdits(edits: ScenarioEdits, shownTech: Technology): CoverageResult {
    const started = performance.now();
    const { m, settings } = requireModel();
    applyScenario(m, edits);
    if (!settings.techs.includes(shownTech)) return { figures: m.figures(), images: {}, elapsedMs: performance.now() - started };
    return editResult(m, started, shownTech);
  },
  /** Figures of scenarios A and B and the map of coverage B gains (and loses) against A; the model ends as it was. */
  compare(a: ScenarioEdits, b: ScenarioEdits, tech: Technology): CompareResult {
    const { m, settings } = requireModel();
    if (!settings.techs.includes(tech)) throw new Error(`coverage for ${tech} was not computed`);
    const current = engine.applied;
    try {
      applyScenario(m, a);
      const figuresA = m.figures();
      const levelsA = m.raster(tech).levels.slice();
      applyScenario(m, b);
      const figuresB = m.figures();
      const image = renderGainImage(m.grid, levelsA, m.raster(tech).levels, m.raster(tech).thresholdDbm);
      return Comlink.transfer({ figuresA, figuresB, image }, [image.rgba.buffer as ArrayBuffer]);
    } finally {
      applyScenario(m, current);
    }
  },
};

/** One catalogue: a method name two feature APIs share fails the build (see api-catalogue.ts). */
const api = joinApis(joinApis(joinApis(joinApis(joinApis(joinApis(joinApis(coverageApi, rulesApi), importApi), printApi), signalApi), terrainApi), measureApi), levelChangeApi);

export type CoverageWorkerApi = typeof api;
installCodedThrow();
Comlink.expose(api);
