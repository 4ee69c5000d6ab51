/** The figures the print and reports use: the app's own, or those on the second boundary set when chosen. */
import { useMemo } from 'react';
import type { PrintContext, ReportSource } from '../../app/print-page';
import type { PrintSettings } from '../../app/print-settings';
import { useAppState } from '../context';
import { printT } from '../../i18n/print-strings';
import { useBoundariesState, usePrintState } from './use-print';

export function useReportSource(): ReportSource | null {
  const dataset = useAppState((s) => s.dataset);
  const derived = useAppState((s) => s.derived);
  const figures = useAppState((s) => s.figures);
  const lang = useAppState((s) => s.lang);
  const b = useBoundariesState((s) => s);
  const currentName = b.current.name.trim() || printT(lang, 'boundaryDefaultName', { name: dataset?.meta.name ?? '' });
  const current = figures ? { figures, boundary: { name: currentName, date: b.current.date } } : null;
  const alt = b.alt && b.altFigures ? { figures: b.altFigures.figures, boundary: { name: b.alt.name, date: b.alt.date } } : null;
  if (b.reportOn === 'alt' && b.altFigures && alt) {
    return { dataset: b.altFigures.dataset, derived: b.altFigures.derived, ...alt, other: current };
  }
  if (!dataset || !derived || !current) return null;
  return { dataset, derived, ...current, other: alt };
}

/** The print view's page settings with the project's print choices (texts, palette, graticule). */
export function usePrintSettings(): PrintSettings | null {
  const page = usePrintState((s) => s.settings);
  const choices = useAppState((s) => s.printChoices);
  return useMemo(() => (page ? { ...page, ...choices } : null), [page, choices]);
}

/** Everything a print job needs, or null while the app is still loading. */
export function usePrintContext(): PrintContext | null {
  const app = useAppState((s) => s);
  const settings = usePrintSettings();
  const report = useReportSource();
  if (!settings || !report) return null;
  return { app, settings, report };
}
