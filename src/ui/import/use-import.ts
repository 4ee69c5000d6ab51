import { importActionsOf, type ImportActions } from '../../app/import-actions';
import type { ImportState } from '../../app/import-state';
import { useStore } from '../../app/store';
import { useApp } from '../context';

export function useImportActions(): ImportActions {
  const { store, actions } = useApp();
  return importActionsOf(store, actions);
}

export function useImportState<T>(select: (s: ImportState) => T): T {
  return useStore(useImportActions().state, select);
}
