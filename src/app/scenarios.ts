/** The scenario list as the app state holds it: the active one, and the edits that make new lists. */
import type { Site } from '../domain/model/types';
import { applyEdits, NO_EDITS, type ScenarioEdits } from '../domain/scenario/scenario-edits';
import type { Scenario } from '../io/store';
import type { AppState } from './state';

export function activeScenario(s: Pick<AppState, 'scenarios' | 'activeScenarioId'>): Scenario | null {
  return s.scenarios.find((x) => x.id === s.activeScenarioId) ?? s.scenarios[0] ?? null;
}

export function editsOf(x: Scenario | null): ScenarioEdits {
  return x ? { siteEdits: x.siteEdits, addedSites: x.addedSites, removedSiteIds: x.removedSiteIds } : NO_EDITS;
}

export function activeEdits(s: Pick<AppState, 'scenarios' | 'activeScenarioId'>): ScenarioEdits {
  return editsOf(activeScenario(s));
}

let lastKey: [readonly Site[] | null, Scenario | null] = [null, null];
let lastSites: readonly Site[] = [];

/** The sites the active scenario shows; memoised so map layers keep a stable array between renders. */
export function scenarioSites(s: Pick<AppState, 'dataset' | 'scenarios' | 'activeScenarioId'>): readonly Site[] {
  const base = s.dataset?.sites ?? null;
  const scenario = activeScenario(s);
  if (base === lastKey[0] && scenario === lastKey[1]) return lastSites;
  lastKey = [base, scenario];
  lastSites = base ? applyEdits(base, editsOf(scenario)) : [];
  return lastSites;
}

/** A name not yet used: "Kịch bản 2", "Kịch bản 3"… (or "<name> (2)" for a copy). */
export function freshName(scenarios: readonly Scenario[], stem: string): string {
  const taken = new Set(scenarios.map((x) => x.name));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})`)) return `${stem} (${n})`;
}

export function newScenario(scenarios: readonly Scenario[], base?: Scenario): Scenario {
  const id = globalThis.crypto.randomUUID();
  if (base) return { ...structuredClone(base), id, name: freshName(scenarios, base.name) };
  return { id, name: freshName(scenarios, `Kịch bản ${scenarios.length + 1}`), note: '', siteEdits: {}, addedSites: [], removedSiteIds: [] };
}

export function replaceScenario(scenarios: readonly Scenario[], id: string, patch: Partial<Scenario>): Scenario[] {
  return scenarios.map((x) => (x.id === id ? { ...x, ...patch } : x));
}
