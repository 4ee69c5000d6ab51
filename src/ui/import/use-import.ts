import type { ImportActions } from '../../app/import-actions';
import type { ImportState } from '../../app/import-state';
import { useApp, useFeatureState } from '../context';

export function useImportActions(): ImportActions {
  return useApp().actions.imports;
}

export function useImportState<T>(select: (s: ImportState) => T): T {
  return useFeatureState(useImportActions().state, select);
}
