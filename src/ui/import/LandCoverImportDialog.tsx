import { LAND_COVER_LEGEND_IDS, type LandCoverLegendId } from '../../domain/model/land-cover-legends';
import { landCoverIssueText } from '../../i18n/land-cover-strings';
import { useApp, useAppState, useFeatureState } from '../context';
import { LandCoverClassTable } from '../LandCoverClassTable';
import { useLandCoverT } from '../i18n-hooks';
import { BusyLine } from '../BusyLine';
import './import.css';

/** A read land-cover file before it replaces the project's: its legend (a GeoTIFF's), the area per class, what was skipped. */
export function LandCoverImportDialog() {
  const { actions } = useApp();
  const t = useLandCoverT();
  const lang = useAppState((s) => s.lang);
  const dialog = useFeatureState(actions.landCover.state, (s) => s.dialog);
  const read = dialog?.read;
  if (!dialog || !read) return null;
  const close = () => actions.landCover.close();
  return (
    <div className="dialog import-dialog" role="dialog" aria-modal="true" aria-labelledby="land-cover-title" data-testid="land-cover-dialog" data-busy={dialog.busy}>
      <h2 id="land-cover-title">
        {t('lcDialogTitle', { file: read.fileName })}
        <button type="button" className="close" aria-label={t('lcCancel')} onClick={close}>×</button>
      </h2>
      {dialog.busy && <BusyLine text={t('lcBusy')} />}
      {read.format === 'tiff' && read.legend && (
        <label className="row">
          {t('lcLegend')}
          <select
            data-testid="land-cover-legend"
            value={read.legend}
            disabled={dialog.busy}
            onChange={(e) => void actions.landCover.setLegend(e.target.value as LandCoverLegendId)}
          >
            {LAND_COVER_LEGEND_IDS.map((id) => <option key={id} value={id}>{t(`legend-${id}`)}</option>)}
          </select>
          {read.guessedLegend === read.legend && <span className="hint">{t('lcLegendGuessed', { values: read.values.join(', ') })}</span>}
        </label>
      )}
      <LandCoverClassTable areasKm2={read.areaKm2} testId="land-cover-read-classes" />
      {read.issues.length > 0 && (
        <ul data-testid="land-cover-issues">
          {read.issues.map((issue, i) => <li key={i}>{landCoverIssueText(lang, issue)}</li>)}
        </ul>
      )}
      <div className="import-footer">
        <button type="button" className="primary" data-testid="land-cover-commit" disabled={dialog.busy} onClick={() => actions.landCover.commit()}>
          {t('lcCommit')}
        </button>
        <button type="button" onClick={close}>{t('lcCancel')}</button>
      </div>
    </div>
  );
}
