import { useEffect } from 'react';
import { boundaryActions } from '../../app/boundaries-actions';
import { boundariesStore } from '../../app/boundaries-store';
import { useStore } from '../../app/store';
import { useApp, useAppState } from '../context';

/** While figures are reported on the second boundary set, they follow the app's figures (edits, settings). */
export function useAltFiguresFollow(): void {
  const { store, actions } = useApp();
  const figures = useAppState((s) => s.figures);
  const reportOn = useStore(boundariesStore, (s) => s.reportOn);
  const hasAlt = useStore(boundariesStore, (s) => s.alt !== null);
  useEffect(() => {
    if (reportOn !== 'alt' || !hasAlt || !figures) return;
    const timer = setTimeout(() => void boundaryActions(store, actions).refresh(), 300);
    return () => clearTimeout(timer);
  }, [store, actions, figures, reportOn, hasAlt]);
}
