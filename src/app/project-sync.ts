import type { Project } from '../io/store';
import { CURRENT_SCHEMA_VERSION } from '../io/store';
import { officialTextsFrom } from '../domain/print/official-texts';
import { printChoicesFrom } from '../domain/print/print-choices';
import { defaultMeasureThresholdDbm } from '../domain/radio/measures';
import type { AppState, OpenProject } from './state';

type Saved = Pick<
  AppState,
  'project' | 'dataset' | 'scenarios' | 'activeScenarioId' | 'thresholdDbm' | 'thresholdRxLevDbm' | 'thresholdRscpDbm' | 'cellSizeM' | 'indoor' | 'budgets' | 'clutterOverrides' | 'lang' | 'basemapUrl' | 'terrainOn' | 'officialTexts' | 'printChoices' | 'calibration'
>;

/** The parts of the state a project keeps; a change of any of them (by identity) means a save is due. */
export function savedSlice(s: AppState): Saved {
  const { project, dataset, scenarios, activeScenarioId, thresholdDbm, thresholdRxLevDbm, thresholdRscpDbm, cellSizeM, indoor, budgets, clutterOverrides, lang, basemapUrl, terrainOn, officialTexts, printChoices, calibration } = s;
  return { project, dataset, scenarios, activeScenarioId, thresholdDbm, thresholdRxLevDbm, thresholdRscpDbm, cellSizeM, indoor, budgets, clutterOverrides, lang, basemapUrl, terrainOn, officialTexts, printChoices, calibration };
}

export function sliceChanged(a: Saved, b: Saved): boolean {
  return (Object.keys(a) as (keyof Saved)[]).some((k) => a[k] !== b[k]);
}

export function projectFromState(s: AppState, now = new Date()): Project | null {
  if (!s.dataset || !s.project) return null;
  return {
    id: s.project.id,
    name: s.project.name,
    createdAt: s.project.createdAt,
    updatedAt: now.toISOString(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    baseline: s.dataset,
    scenarios: s.scenarios.map((x) => ({ ...x })),
    activeScenarioId: s.activeScenarioId,
    settings: {
      thresholdDbm: s.thresholdDbm,
      thresholdRxLevDbm: s.thresholdRxLevDbm,
      thresholdRscpDbm: s.thresholdRscpDbm,
      cellSizeM: s.cellSizeM,
      indoor: s.indoor,
      budgets: [...s.budgets],
      clutterOverrides: { ...s.clutterOverrides },
      lang: s.lang,
      basemapUrl: s.basemapUrl,
      terrain: s.terrainOn,
      officialTexts: { ...s.officialTexts },
      print: { ...s.printChoices },
      ...(s.calibration ? { calibration: { ...s.calibration, offsetsDb: [...s.calibration.offsetsDb] } } : {}),
    },
  };
}

function openProjectOf(p: Project): OpenProject {
  return { id: p.id, name: p.name, createdAt: p.createdAt };
}

/** What the app state takes from a stored project; a project without scenarios gets an empty first one. */
export function stateFromProject(p: Project): Partial<AppState> {
  const scenarios = p.scenarios.length > 0
    ? p.scenarios
    : [{ id: globalThis.crypto.randomUUID(), name: 'Kịch bản 1', note: '', siteEdits: {}, addedSites: [], removedSiteIds: [] }];
  const active = scenarios.find((x) => x.id === p.activeScenarioId) ?? scenarios[0];
  const st = p.settings;
  return {
    project: openProjectOf(p),
    dataset: p.baseline,
    scenarios,
    activeScenarioId: active?.id ?? '',
    // measurements are not stored with the project yet: another project does not show this one's
    measurements: null,
    thresholdDbm: st.thresholdDbm,
    // Projects saved before 2G/3G had their own measures: each at its "good outdoor" level.
    thresholdRxLevDbm: st.thresholdRxLevDbm ?? defaultMeasureThresholdDbm('RxLev'),
    thresholdRscpDbm: st.thresholdRscpDbm ?? defaultMeasureThresholdDbm('RSCP'),
    cellSizeM: st.cellSizeM === 50 ? 50 : 100,
    indoor: st.indoor,
    budgets: st.budgets,
    clutterOverrides: st.clutterOverrides,
    lang: st.lang,
    basemapUrl: st.basemapUrl,
    terrainOn: st.terrain !== false,
    officialTexts: officialTextsFrom(st.officialTexts),
    printChoices: printChoicesFrom(st.print),
    calibration: st.calibration ?? null,
  };
}
