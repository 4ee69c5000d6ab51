import { DEFAULT_COVERAGE_SETTINGS, type CoverageSettings } from '../domain/coverage';
import { TECHNOLOGIES } from '../domain/model/types';
import type { AppState, ResultInputs } from './state';

/** 4G and 5G are always computed (the ministry's indicators); 2G or 3G only while the user shows them. */
export function coverageSettingsOf(s: AppState): CoverageSettings {
  const { thresholdDbm, thresholdRxLevDbm, thresholdRscpDbm, coverageTech, cellSizeM, indoor, budgets, clutterOverrides, terrainOn, calibration } = s;
  const techs = TECHNOLOGIES.filter((t) => t === '4G' || t === '5G' || t === coverageTech);
  return {
    ...DEFAULT_COVERAGE_SETTINGS, thresholdDbm, thresholdRxLevDbm, thresholdRscpDbm, techs, cellSizeM, indoor, budgets, clutterOverrides, terrain: terrainOn,
    ...(calibration ? { calibration } : {}),
  };
}

/** What a full build or an edit was asked for (taken when it is asked, set with its result): app/coverage-memory. */
export function inputsOf(s: AppState): ResultInputs {
  return { dataset: s.dataset, scenarios: s.scenarios, activeScenarioId: s.activeScenarioId, settings: JSON.stringify(coverageSettingsOf(s)) };
}

/**
 * An edit of the active scenario whose coverage the engine is about to return (app/planner-actions asks for it); not
 * during a full build, which the edit waits behind for seconds.
 */
export function coverageDue(s: AppState): boolean {
  const asked = s.resultInputs;
  if (s.baselineFigures === null || s.computing || asked === null) return false;
  return asked.scenarios !== s.scenarios || asked.activeScenarioId !== s.activeScenarioId;
}
