import * as Comlink from 'comlink';
import { CoverageModel, type CoverageFigures, type CoverageSettings } from '../domain/coverage';
import { renderCoverageImage, type CoverageImage } from '../domain/display/coverage-image';
import { generateDemoDataset } from '../domain/demo';
import type { Dataset, Site, Technology } from '../domain/model/types';
import { readGeoJsonLayer, type LayerKind } from '../io/geojson';
import { deriveLayers, type DerivedLayers } from './derived-layers';

export interface CoverageResult {
  figures: CoverageFigures;
  images: Partial<Record<Technology, CoverageImage>>;
  elapsedMs: number;
}

let dataset: Dataset | null = null;
let model: CoverageModel | null = null;
let modelSettings: CoverageSettings | null = null;

function requireDataset(): Dataset {
  if (!dataset) throw new Error('No dataset loaded in the coverage worker');
  return dataset;
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
    dataset = demo;
    model = null;
    return { dataset: demo, derived: deriveLayers(demo) };
  },
  setDataset(next: Dataset): DerivedLayers {
    dataset = next;
    model = null;
    return deriveLayers(next);
  },
  readGeoJson(text: string, fileName: string, kind?: LayerKind) {
    return readGeoJsonLayer(text, fileName, kind);
  },
  compute(settings: CoverageSettings): CoverageResult {
    const started = performance.now();
    model = new CoverageModel(requireDataset(), settings);
    modelSettings = settings;
    return result(model, settings, started);
  },
  /** Colours one technology's raster again (after edits made while another one was shown). */
  image(tech: Technology): CoverageImage | null {
    if (!model || !modelSettings || !modelSettings.techs.includes(tech)) return null;
    const image = colour(model, modelSettings, tech);
    return Comlink.transfer(image, [image.rgba.buffer as ArrayBuffer]);
  },
  /** Adds or moves one site incrementally; only the technology on screen is coloured again. */
  upsertSite(site: Site, shownTech: Technology): CoverageResult {
    const started = performance.now();
    if (!model || !modelSettings) throw new Error('Coverage not computed yet');
    model.upsertSite(site);
    const current = requireDataset();
    const index = current.sites.findIndex((s) => s.id === site.id);
    const sites = index < 0 ? [...current.sites, site] : current.sites.map((s, i) => (i === index ? site : s));
    dataset = { ...current, sites };
    return result(model, modelSettings, started, shownTech);
  },
  removeSite(id: string, shownTech: Technology): CoverageResult {
    const started = performance.now();
    if (!model || !modelSettings) throw new Error('Coverage not computed yet');
    model.removeSite(id);
    const current = requireDataset();
    dataset = { ...current, sites: current.sites.filter((s) => s.id !== id) };
    return result(model, modelSettings, started, shownTech);
  },
};

export type CoverageWorkerApi = typeof api;
Comlink.expose(api);
