import { createContext, useContext } from 'react';
import type { AppActions } from '../app/actions';
import type { AppState } from '../app/state';
import { useStore, type Store } from '../app/store';
import { translate, type StringKey } from '../i18n/strings';

export interface AppContextValue {
  store: Store<AppState>;
  actions: AppActions;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside AppContext');
  return ctx;
}

export function useAppState<T>(select: (s: AppState) => T): T {
  return useStore(useApp().store, select);
}

/** A feature's own state (`actions.print.store`, `actions.rules.store`…); `select` returns a value the state holds. */
export function useFeatureState<S, T>(store: Store<S>, select: (s: S) => T): T {
  return useStore(store, select);
}

export function useT(): (key: StringKey, params?: Record<string, string | number>) => string {
  const lang = useAppState((s) => s.lang);
  return (key, params) => translate(lang, key, params);
}
