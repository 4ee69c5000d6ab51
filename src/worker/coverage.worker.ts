import * as Comlink from 'comlink';
import { CoverageModel, type CoverageFigures, type CoverageSettings } from '../domain/coverage';
import { renderCoverageImage, type CoverageImage } from '../domain/display/coverage-image';
import { renderGainImage, type GainCounts } from '../domain/display/coverage-gain-image';
import { generateDemoDataset } from '../domain/demo';
import type { Dataset, Technology } from '../domain/model/types';
import { NO_EDITS, transition, type ScenarioEdits } from '../domain/scenario/scenario-edits';
import { readGeoJsonLayer, type LayerKind } from '../io/geojson';
import { deriveLayers, type DerivedLayers } from './derived-layers';

export interface CoverageResult {
  figures: CoverageFigures;
  images: Partial<Record<Technology, CoverageImage>>;
  elapsedMs: number;
}

export interface FullResult extends CoverageResult {
  /** Figures of the baseline (no scenario edits), the reference of every delta. */
  baselineFigures: CoverageFigures;
}

export interface CompareResult {
  figuresA: CoverageFigures;
  figuresB: CoverageFigures;
  image: CoverageImage & GainCounts;
}

/** The baseline layers as imported; the model holds them with `applied` edits on top. */
let baseline: Dataset | null = null;
let model: CoverageModel | null = null;
let modelSettings: CoverageSettings | null = null;
let applied: ScenarioEdits = NO_EDITS;

function requireBaseline(): Dataset {
  if (!baseline) throw new Error('No dataset loaded in the coverage worker');
  return baseline;
}

function requireModel(): { m: CoverageModel; settings: CoverageSettings } {
  if (!model || !modelSettings) throw new Error('Coverage not computed yet');
  return { m: model, settings: modelSettings };
}

/** Moves the model from the applied edits to `to` by incremental site updates. */
function applyScenario(m: CoverageModel, to: ScenarioEdits): void {
  const { upserts, removals } = transition(requireBaseline().sites, applied, to);
  for (const id of removals) m.removeSite(id);
  for (const site of upserts) m.upsertSite(site);
  applied = to;
}

function colour(m: CoverageModel, settings: CoverageSettings, tech: Technology): CoverageImage {
  return renderCoverageImage(m.grid, m.raster(tech).best, settings.thresholdDbm);
}

function result(m: CoverageModel, settings: CoverageSettings, started: number, only?: Technology): CoverageResult {
  const images: Partial<Record<Technology, CoverageImage>> = {};
  const transfers: ArrayBuffer[] = [];
  for (const tech of settings.techs) {
    if (only && tech !== only) continue;
    const image = colour(m, settings, tech);
    images[tech] = image;
    transfers.push(image.rgba.buffer as ArrayBuffer);
  }
  const out = { figures: m.figures(), images, elapsedMs: performance.now() - started };
  return Comlink.transfer(out, transfers);
}

const api = {
  loadDemo(seed?: number): { dataset: Dataset; derived: DerivedLayers } {
    const demo = generateDemoDataset(seed);
    baseline = demo;
    model = null;
    return { dataset: demo, derived: deriveLayers(demo) };
  },
  /** New baseline layers; the scenario's sites are given with every compute. */
  setDataset(next: Dataset): DerivedLayers {
    baseline = next;
    model = null;
    return deriveLayers(next);
  },
  readGeoJson(text: string, fileName: string, kind?: LayerKind) {
    return readGeoJsonLayer(text, fileName, kind);
  },
  /** Full build on the baseline (its figures are the delta reference), then the scenario's edits on top. */
  compute(settings: CoverageSettings, edits: ScenarioEdits): FullResult {
    const started = performance.now();
    const m = new CoverageModel(requireBaseline(), settings);
    model = m;
    modelSettings = settings;
    applied = NO_EDITS;
    const baselineFigures = m.figures();
    applyScenario(m, edits);
    return { ...result(m, settings, started), baselineFigures };
  },
  /** Colours one technology's raster again (after edits made while another one was shown). */
  image(tech: Technology): CoverageImage | null {
    if (!model || !modelSettings || !modelSettings.techs.includes(tech)) return null;
    const image = colour(model, modelSettings, tech);
    return Comlink.transfer(image, [image.rgba.buffer as ArrayBuffer]);
  },
  /** Any scenario change (edit, undo, switch): only the sites that differ are recomputed; the shown tech is coloured. */
  applyEdits(edits: ScenarioEdits, shownTech: Technology): CoverageResult {
    const started = performance.now();
    const { m, settings } = requireModel();
    applyScenario(m, edits);
    return result(m, settings, started, shownTech);
  },
  /** Figures of scenarios A and B and the map of coverage B gains (and loses) against A; the model ends as it was. */
  compare(a: ScenarioEdits, b: ScenarioEdits, tech: Technology): CompareResult {
    const { m, settings } = requireModel();
    if (!settings.techs.includes(tech)) throw new Error(`coverage for ${tech} was not computed`);
    const current = applied;
    try {
      applyScenario(m, a);
      const figuresA = m.figures();
      const bestA = m.raster(tech).best.slice();
      applyScenario(m, b);
      const figuresB = m.figures();
      const image = renderGainImage(m.grid, bestA, m.raster(tech).best, settings.thresholdDbm);
      return Comlink.transfer({ figuresA, figuresB, image }, [image.rgba.buffer as ArrayBuffer]);
    } finally {
      applyScenario(m, current);
    }
  },
};

export type CoverageWorkerApi = typeof api;
Comlink.expose(api);
