/** The parts of the interface that load on first use (lazy-part.tsx), each shown only when it has something to show. */
import { useApp, useFeatureState } from './context';
import { useImportState } from './import/use-import';
import { lazyPart } from './lazy-part';
import { usePrintState } from './print/use-print';

const PrintView = lazyPart('partPrint', async () => (await import('./print/PrintView')).PrintView, true);
const ImportDialogs = lazyPart('partImport', async () => (await import('./import/ImportDialogs')).ImportDialogs, true);

export const UnderservedPanel = lazyPart('partTab', async () => (await import('./rules/UnderservedPanel')).UnderservedPanel);
export const UndergroundingPanel = lazyPart('partTab', async () => (await import('./rules/UndergroundingPanel')).UndergroundingPanel);
export const DashboardPanel = lazyPart('partTab', async () => (await import('./rules/DashboardPanel')).DashboardPanel);
export const MeasureStatsPanel = lazyPart('partTab', async () => (await import('./measure/MeasureStatsPanel')).MeasureStatsPanel);

export function PrintViewGate() {
  const open = usePrintState((s) => s.open);
  return open ? <PrintView /> : null;
}

/** The CSV, layer, land-cover and measurement dialogs, fetched when the first of them opens. */
export function ImportDialogsGate() {
  const { actions } = useApp();
  const csv = useImportState((s) => s.csv !== null);
  const layer = useImportState((s) => s.layer !== null);
  const landCover = useFeatureState(actions.landCover.state, (s) => s.dialog !== null);
  const measurements = useFeatureState(actions.measurements.state, (s) => s.dialog !== null);
  return csv || layer || landCover || measurements ? <ImportDialogs /> : null;
}
