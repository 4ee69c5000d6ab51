/** The rules feature's actions and store, from the app context. */
import { rulesActionsOf, type RulesActions } from '../../app/rules-actions';
import type { RulesState } from '../../app/rules-store';
import { useStore } from '../../app/store';
import { useApp } from '../context';

export function useRules(): RulesActions {
  const { store, actions } = useApp();
  return rulesActionsOf(store, actions);
}

/** `select` must return a value held by the state (not a new object), as with useAppState. */
export function useRulesState<T>(select: (s: RulesState) => T): T {
  return useStore(useRules().store, select);
}
