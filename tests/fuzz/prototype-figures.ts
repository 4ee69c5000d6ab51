/** Shared by the tests of ids named like Object.prototype members: the names, and the figures compared with a control. */
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, type CoverageFigures, type CoverageSettings } from '../../src/domain/coverage';
import type { Dataset } from '../../src/domain/model/types';
import { applyEdits, NO_EDITS, transition, type ScenarioEdits } from '../../src/domain/scenario/scenario-edits';

export const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'] as const;

export const SETTINGS: CoverageSettings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 200 };

/**
 * Figures as the app gets them: the worker's baseline and the scenario's edits applied incrementally on it, and the
 * scenario's site list as the map and print build it (applyEdits) computed afresh; the two scenario figures agree.
 */
export function computed(d: Dataset, settings: CoverageSettings = SETTINGS, edits: ScenarioEdits = NO_EDITS): { baseline: CoverageFigures; scenario: CoverageFigures; fresh: CoverageFigures } {
  const m = new CoverageModel(d, settings);
  const baseline = m.figures();
  const t = transition(d.sites, NO_EDITS, edits);
  for (const id of t.removals) m.removeSite(id);
  for (const s of t.upserts) m.upsertSite(s);
  const fresh = new CoverageModel({ ...d, sites: applyEdits(d.sites, edits) }, settings).figures();
  return { baseline, scenario: m.figures(), fresh };
}

/** The numbers the app reports, without the ids: area, village and population shares for 4G and 5G. */
export function shares(f: CoverageFigures) {
  const pick = (p: Readonly<Record<string, number>>) => [p['4G'], p['5G']];
  return {
    totals: [pick(f.totals.pctAreaCovered), pick(f.totals.pctVillages), pick(f.totals.pctPopulation), f.totals.population, f.totals.sites],
    units: f.units.map((u) => [pick(u.pctArea), pick(u.pctVillages), pick(u.pctPopulation), u.population]),
    bts: Object.values(f.totals.btsByCarrierTech).map((t) => [t['4G'], t['5G']]),
    warnings: f.warnings.length,
  };
}
