import { renderMessage } from '../../i18n/messages';
import { usePrintT } from '../i18n-hooks';
import { useAppState } from '../context';
import { formatNumber } from '../../i18n/format';
import { CodeTableField } from './CodeTableField';
import { useBoundaries, useBoundariesState } from './use-print';

/** A second boundary set (GeoJSON or the demo's 2025 units), its crosswalk, and which set figures are reported on. */
export function BoundariesTab() {
  const t = usePrintT();
  const lang = useAppState((s) => s.lang);
  const datasetName = useAppState((s) => s.dataset?.meta.name ?? '');
  const b = useBoundariesState((s) => s);
  const act = useBoundaries();
  const demoLabel = { name: t('demo2025Name'), date: '2025-07-01' };
  const summary = b.alt?.summary ?? null;
  return (
    <div className="print-boundaries" data-testid="print-boundaries" data-alt-figures={b.altFigures ? 'ready' : 'none'}>
      <fieldset>
        <legend>{t('reportOn')}</legend>
        <label className="check">
          <input type="radio" name="report-on" data-testid="report-on-current" checked={b.reportOn === 'current'} onChange={() => void act.reportOn('current')} />{' '}
          {t('boundaryCurrent')}
        </label>
        <div className="print-row">
          <input aria-label={t('boundaryName')} value={b.current.name} placeholder={t('boundaryDefaultName', { name: datasetName })} onChange={(e) => act.setLabel('current', { name: e.target.value })} />
          <input aria-label={t('boundaryDate')} value={b.current.date} placeholder={t('boundaryDate')} onChange={(e) => act.setLabel('current', { date: e.target.value })} />
        </div>
        <label className="check">
          <input type="radio" name="report-on" data-testid="report-on-alt" disabled={!b.alt} checked={b.reportOn === 'alt'} onChange={() => void act.reportOn('alt')} />{' '}
          {t('boundaryAlt')}
        </label>
        {b.alt && (
          <div className="print-row">
            <input aria-label={t('boundaryName')} data-testid="alt-name" value={b.alt.name} onChange={(e) => act.setLabel('alt', { name: e.target.value })} />
            <input aria-label={t('boundaryDate')} data-testid="alt-date" value={b.alt.date} onChange={(e) => act.setLabel('alt', { date: e.target.value })} />
          </div>
        )}
      </fieldset>
      <div className="print-actions">
        <button type="button" data-testid="use-demo-2025" disabled={b.busy} onClick={() => void act.useDemo2025(demoLabel)}>
          {t('useDemo2025')}
        </button>
        <label className="file-button">
          {t('loadBoundaryFile')}
          <input
            type="file"
            accept=".geojson,.json,application/geo+json"
            data-testid="boundary-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void file.text().then((text) => act.loadFile(file.name, text, { name: file.name.replace(/\.(geo)?json$/i, ''), date: '' }));
            }}
          />
        </label>
        {b.alt && (
          <button type="button" data-testid="clear-boundary" onClick={() => void act.clear()}>
            {t('clearBoundary')}
          </button>
        )}
        {b.busy && <span data-testid="boundary-busy">{t('computingAlt')}</span>}
      </div>
      {b.error && <p className="print-error" role="alert" data-testid="boundary-error">{renderMessage(lang, b.error)}</p>}
      {summary && (
        <>
          <h3>{t('crosswalk')}</h3>
          <CodeTableField b={b} act={act} lang={lang} />
          <p data-testid="crosswalk-summary">
            {t('crosswalkSummary', { units: summary.units, links: summary.rows.length, nest: summary.nesting.length })}
            {(summary.unmatchedOld.length > 0 || summary.unmatchedNew.length > 0) && ` · ${t('unmatched', { old: summary.unmatchedOld.length, new: summary.unmatchedNew.length })}`}
          </p>
          <div className="print-table-scroll">
            <table className="report-table" data-testid="crosswalk">
              <thead>
                <tr><th>{t('oldUnit')}</th><th>{t('newUnit')}</th><th>{t('share')}</th></tr>
              </thead>
              <tbody>
                {summary.rows.map((r) => (
                  <tr key={`${r.oldCode}>${r.newCode}`} data-old={r.oldCode} data-new={r.newCode} data-share={r.share}>
                    <td>{r.oldName}</td>
                    <td>{r.newName}</td>
                    <td className="num">{formatNumber(lang, r.share * 100, 1)} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
