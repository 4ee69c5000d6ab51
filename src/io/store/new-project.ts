/** Fresh projects and settings defaults (the same defaults the app starts with). */
import type { Dataset } from '../../domain/model/types';
import { defaultMeasureThresholdDbm, DEFAULT_LINK_BUDGETS } from '../../domain/radio';
import { CURRENT_SCHEMA_VERSION, type Project, type ProjectSettings } from './project';

export function defaultSettings(): ProjectSettings {
  return {
    thresholdDbm: -105,
    thresholdRxLevDbm: defaultMeasureThresholdDbm('RxLev'),
    thresholdRscpDbm: defaultMeasureThresholdDbm('RSCP'),
    cellSizeM: 100,
    indoor: false,
    budgets: DEFAULT_LINK_BUDGETS.map((b) => ({ ...b })),
    clutterOverrides: {},
    lang: 'vi',
    basemapUrl: '',
  };
}

export function newProjectId(): string {
  return globalThis.crypto.randomUUID();
}

export function newProject(name: string, baseline: Dataset, now: Date = new Date()): Project {
  const at = now.toISOString();
  return {
    id: newProjectId(),
    name,
    createdAt: at,
    updatedAt: at,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    baseline,
    scenarios: [],
    activeScenarioId: null,
    settings: defaultSettings(),
  };
}

/** A copy under a new id, e.g. to import a file without replacing the stored project it came from. */
export function copyAsNew(p: Project, name: string = p.name, now: Date = new Date()): Project {
  const at = now.toISOString();
  return { ...structuredClone(p), id: newProjectId(), name, createdAt: at, updatedAt: at };
}
