import type { CsvProgressState } from '../../app/import-state';
import { useImportT } from '../i18n-hooks';
import { useAppState } from '../context';
import { formatInt } from '../../i18n/format';

/** Progress of a worker read, with its Cancel button. */
export function ReadProgress({ progress, onCancel }: { progress: CsvProgressState; onCancel: () => void }) {
  const t = useImportT();
  const lang = useAppState((s) => s.lang);
  const pct = Math.round(progress.fraction * 100);
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress max={100} value={pct} />
      <span>{t('reading', { rows: formatInt(lang, progress.rows), pct })}</span>
      <button type="button" data-testid="import-cancel-read" onClick={onCancel}>{t('cancel')}</button>
    </div>
  );
}
