import type { Project, Scenario } from '../io/store';
import { CURRENT_SCHEMA_VERSION } from '../io/store';
import type { AppState } from './state';

/** Identity of the open project, kept outside the app state because no view renders it. */
export interface OpenProject {
  id: string;
  name: string;
  createdAt: string;
  scenarioId: string;
}

type Saved = Pick<
  AppState,
  'dataset' | 'siteEdits' | 'thresholdDbm' | 'cellSizeM' | 'indoor' | 'budgets' | 'clutterOverrides' | 'lang' | 'basemapUrl'
>;

/** The parts of the state a project keeps; a change of any of them (by identity) means a save is due. */
export function savedSlice(s: AppState): Saved {
  const { dataset, siteEdits, thresholdDbm, cellSizeM, indoor, budgets, clutterOverrides, lang, basemapUrl } = s;
  return { dataset, siteEdits, thresholdDbm, cellSizeM, indoor, budgets, clutterOverrides, lang, basemapUrl };
}

export function sliceChanged(a: Saved, b: Saved): boolean {
  return (Object.keys(a) as (keyof Saved)[]).some((k) => a[k] !== b[k]);
}

export function projectFromState(open: OpenProject, s: AppState, now = new Date()): Project | null {
  if (!s.dataset) return null;
  const scenario: Scenario = { id: open.scenarioId, name: 'Kịch bản 1', note: '', siteEdits: { ...s.siteEdits }, addedSites: [], removedSiteIds: [] };
  return {
    id: open.id,
    name: open.name,
    createdAt: open.createdAt,
    updatedAt: now.toISOString(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    baseline: s.dataset,
    scenarios: [scenario],
    activeScenarioId: scenario.id,
    settings: {
      thresholdDbm: s.thresholdDbm,
      cellSizeM: s.cellSizeM,
      indoor: s.indoor,
      budgets: [...s.budgets],
      clutterOverrides: { ...s.clutterOverrides },
      lang: s.lang,
      basemapUrl: s.basemapUrl,
    },
  };
}

/** What the app state takes from a stored project. */
export function stateFromProject(p: Project): Partial<AppState> {
  const scenario = p.scenarios.find((x) => x.id === p.activeScenarioId) ?? p.scenarios[0];
  const st = p.settings;
  return {
    dataset: p.baseline,
    siteEdits: scenario?.siteEdits ?? {},
    thresholdDbm: st.thresholdDbm,
    cellSizeM: st.cellSizeM === 50 ? 50 : 100,
    indoor: st.indoor,
    budgets: st.budgets,
    clutterOverrides: st.clutterOverrides,
    lang: st.lang,
    basemapUrl: st.basemapUrl,
  };
}

export function openProjectOf(p: Project): OpenProject {
  const scenario = p.scenarios.find((x) => x.id === p.activeScenarioId) ?? p.scenarios[0];
  return { id: p.id, name: p.name, createdAt: p.createdAt, scenarioId: scenario?.id ?? globalThis.crypto.randomUUID() };
}
