import { useEffect, useRef } from 'react';
import { useAppState } from '../context';
import { useBoundaries, useBoundariesState } from './use-print';

/**
 * While a second boundary set is loaded, its figures are computed in the worker and follow the app's figures (edits,
 * settings), whichever set is reported on: the printed pages say where the two sets' figures differ without the other
 * set having been reported first.
 */
export function useAltFiguresFollow(): void {
  const boundaries = useBoundaries();
  const figures = useAppState((s) => s.figures);
  const hasAlt = useBoundariesState((s) => s.alt !== null);
  const missing = useBoundariesState((s) => s.altFigures === null);
  const followed = useRef<unknown>(null);
  useEffect(() => {
    if (!hasAlt || !figures) return;
    if (!missing && followed.current === figures) return;
    followed.current = figures;
    const timer = setTimeout(() => void boundaries.refresh(), 300);
    return () => clearTimeout(timer);
  }, [boundaries, figures, hasAlt, missing]);
}
