/** The rules feature's actions and store, from the app context. */
import type { RulesActions } from '../../app/rules-actions';
import type { RulesState } from '../../app/rules-store';
import { useApp, useFeatureState } from '../context';

export function useRules(): RulesActions {
  return useApp().actions.rules;
}

/** `select` must return a value held by the state (not a new object), as with useAppState. */
export function useRulesState<T>(select: (s: RulesState) => T): T {
  return useFeatureState(useRules().store, select);
}
