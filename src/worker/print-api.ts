/**
 * Coverage-worker calls of the print feature; they read the engine through engine-state.
 * A second boundary set (e.g. the 1 July 2025 units) is held here with its crosswalk; figures on it come from a
 * separate CoverageModel on the reassigned dataset, so the main model is never disturbed.
 */
import { CoverageModel, type CoverageFigures, type CoverageSettings } from '../domain/coverage';
import { buildCrosswalk, reassignDataset, type Crosswalk } from '../domain/boundaries';
import { generateDemo2025Units } from '../domain/demo';
import type { Dataset, ReportingUnit } from '../domain/model/types';
import { applyEdits, type ScenarioEdits } from '../domain/scenario/scenario-edits';
import { readGeoJsonLayer } from '../io/geojson';
import { engineState } from './engine-state';
import { deriveLayers, type DerivedLayers } from './derived-layers';

/** One old → new link as the crosswalk table shows it. */
export interface CrosswalkRow {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  share: number;
  areaKm2: number;
}

export interface BoundarySetSummary {
  units: number;
  rows: CrosswalkRow[];
  unmatchedOld: string[];
  unmatchedNew: string[];
  /** New unit codes made of whole old units. */
  nesting: string[];
  issues: string[];
}

export interface AltFigures {
  dataset: Dataset;
  derived: DerivedLayers;
  figures: CoverageFigures;
  viaCrosswalk: number;
  unplaced: number;
}

let alt: { units: ReportingUnit[]; crosswalk: Crosswalk } | null = null;

function summarise(oldUnits: readonly ReportingUnit[], units: ReportingUnit[], issues: string[]): BoundarySetSummary {
  const crosswalk = buildCrosswalk(oldUnits, units);
  alt = { units, crosswalk };
  const oldName = new Map(oldUnits.map((u) => [u.code, u.name]));
  const newName = new Map(units.map((u) => [u.code, u.name]));
  const rows = crosswalk.links
    .map((l): CrosswalkRow => ({ ...l, oldName: oldName.get(l.oldCode) ?? l.oldCode, newName: newName.get(l.newCode) ?? l.newCode }))
    .sort((a, b) => a.newName.localeCompare(b.newName, 'vi') || b.share - a.share);
  return {
    units: units.length, rows, unmatchedOld: crosswalk.unmatched.old, unmatchedNew: crosswalk.unmatched.new,
    nesting: [...crosswalk.nests].filter(([, n]) => n).map(([c]) => c), issues,
  };
}

export const printApi = {
  /** The demo's 2025 units (the generated 2024 communes dissolved by their 2025 unit) as the second set. */
  useDemo2025Units(): BoundarySetSummary {
    const base = engineState.requireBaseline();
    return summarise(base.units, generateDemo2025Units(base), []);
  },
  /** A GeoJSON of units as the second set. */
  loadBoundarySet(text: string, fileName: string): BoundarySetSummary {
    const read = readGeoJsonLayer(text, fileName, 'units');
    if (read.kind === null) throw new Error(read.issues[0]?.reason ?? `${fileName}: not a units layer`);
    if (read.kind !== 'units') throw new Error(`${fileName}: not a units layer`);
    if (read.result.items.length === 0) throw new Error(read.result.issues[0]?.reason ?? `${fileName}: no units`);
    return summarise(engineState.requireBaseline().units, read.result.items, read.result.issues.map((i) => i.reason));
  },
  clearBoundarySet(): void {
    alt = null;
  },
  /** Figures of the scenario's sites on the second set (a separate model; the main one is left as it is). */
  altFigures(settings: CoverageSettings, edits: ScenarioEdits, setName: string): AltFigures {
    if (!alt) throw new Error('No second boundary set loaded');
    const base = engineState.requireBaseline();
    const scenario: Dataset = { ...base, sites: applyEdits(base.sites, edits) };
    const re = reassignDataset(scenario, alt.units, alt.crosswalk, { boundarySetName: setName });
    const model = new CoverageModel(re.dataset, settings);
    return { dataset: re.dataset, derived: deriveLayers(re.dataset), figures: model.figures(), viaCrosswalk: re.viaCrosswalk.length, unplaced: re.unplaced.length };
  },
};
