import { mainMapBounds } from '../../app/print-main-view';
import { usePrintT } from '../i18n-hooks';
import { useAppState } from '../context';
import { usePrint } from './use-print';

/** Opens the print view (page settings, atlas, reports, boundary switch). */
export function PrintButton() {
  const print = usePrint();
  const t = usePrintT();
  const ready = useAppState((s) => s.figures !== null);
  return (
    <button
      type="button"
      data-testid="print-open"
      disabled={!ready}
      onClick={() => print.open(mainMapBounds())}
    >
      {t('print')}
    </button>
  );
}
