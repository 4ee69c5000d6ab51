import { mainMapBounds } from '../../app/print-main-view';
import { usePrintT } from '../i18n-hooks';
import { defaultPrintSettings, type PrintSettings } from '../../app/print-settings';
import { printStore } from '../../app/print-store';
import { useApp, useAppState } from '../context';

/** Settings as kept from the last opening, the "current view" extent moved to where the main map is now. */
function withView(settings: PrintSettings, view: ReturnType<typeof mainMapBounds>): PrintSettings {
  if (settings.extent.kind !== 'view') return settings;
  return { ...settings, extent: view ? { kind: 'view', bounds: view } : { kind: 'province' } };
}

/** Opens the print view (page settings, atlas, reports, boundary switch). */
export function PrintButton() {
  const { store } = useApp();
  const t = usePrintT();
  const ready = useAppState((s) => s.figures !== null);
  return (
    <button
      type="button"
      data-testid="print-open"
      disabled={!ready}
      onClick={() => {
        const view = mainMapBounds();
        printStore.set((s) => ({ open: true, settings: withView(s.settings ?? defaultPrintSettings(store.get().layers), view), error: null, mainView: view }));
      }}
    >
      {t('print')}
    </button>
  );
}
