/** The print and boundary-switch features' actions and stores, from the app context. */
import type { BoundaryActions } from '../../app/boundaries-actions';
import type { BoundariesState } from '../../app/boundaries-store';
import type { PrintActions } from '../../app/print-actions';
import type { PrintViewState } from '../../app/print-store';
import { useApp, useFeatureState } from '../context';

export function usePrint(): PrintActions {
  return useApp().actions.print;
}

/** `select` must return a value held by the state (not a new object), as with useAppState. */
export function usePrintState<T>(select: (s: PrintViewState) => T): T {
  return useFeatureState(usePrint().store, select);
}

export function useBoundaries(): BoundaryActions {
  return useApp().actions.boundaries;
}

export function useBoundariesState<T>(select: (s: BoundariesState) => T): T {
  return useFeatureState(useBoundaries().store, select);
}
