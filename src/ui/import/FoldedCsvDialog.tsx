import { useAppState } from '../context';
import { formatInt } from '../../i18n/format';
import { useImportT } from '../i18n-hooks';
import type { CsvReadResult } from '../../worker/import-csv';
import { useImportActions } from './use-import';

/** The import dialog folded to one bar, so the map's preview of the file (sites blue, bad rows red) can be seen. */
export function FoldedCsvDialog({ fileName, read }: { fileName: string; read: CsvReadResult }) {
  const imports = useImportActions();
  const t = useImportT();
  const lang = useAppState((s) => s.lang);
  const bad = read.issues.filter((i) => i.severity === 'error' && !i.excluded && i.at !== undefined).length;
  return (
    <div className="dialog import-dialog folded" role="dialog" aria-labelledby="import-csv-title" data-testid="import-csv-dialog" data-busy={false} data-folded>
      <h2 id="import-csv-title">{t('csvTitle', { file: fileName })}</h2>
      <p className="hint" data-testid="import-map-key">{t('mapPreviewKey', { sites: formatInt(lang, read.sites.length), bad: formatInt(lang, bad) })}</p>
      <div className="import-footer">
        <button type="button" className="primary" data-testid="import-back-to-report" onClick={() => imports.showOnMap(false)}>{t('backToReport')}</button>
      </div>
    </div>
  );
}
