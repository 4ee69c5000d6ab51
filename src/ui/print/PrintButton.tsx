import { defaultPrintSettings } from '../../app/print-settings';
import { printStore } from '../../app/print-store';
import { useApp, useAppState } from '../context';
import { usePrintT } from '../i18n/print-strings';

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
      onClick={() => printStore.set((s) => ({ open: true, settings: s.settings ?? defaultPrintSettings(store.get().layers), error: null }))}
    >
      {t('print')}
    </button>
  );
}
