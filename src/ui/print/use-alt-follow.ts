import { useEffect } from 'react';
import { useAppState } from '../context';
import { useBoundaries, useBoundariesState } from './use-print';

/** While figures are reported on the second boundary set, they follow the app's figures (edits, settings). */
export function useAltFiguresFollow(): void {
  const boundaries = useBoundaries();
  const figures = useAppState((s) => s.figures);
  const reportOn = useBoundariesState((s) => s.reportOn);
  const hasAlt = useBoundariesState((s) => s.alt !== null);
  useEffect(() => {
    if (reportOn !== 'alt' || !hasAlt || !figures) return;
    const timer = setTimeout(() => void boundaries.refresh(), 300);
    return () => clearTimeout(timer);
  }, [boundaries, figures, reportOn, hasAlt]);
}
