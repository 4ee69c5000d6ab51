import type { CsvDialog } from '../../app/import-state';
import { useImportT } from '../i18n-hooks';
import { importReportCsv } from '../../io/csv/issues-csv';
import type { CsvReadResult } from '../../worker/import-csv';
import { useAppState } from '../context';
import { downloadText } from '../../io/download';
import { formatInt } from '../../i18n/format';
import { issueReason } from '../../i18n/import-strings';
import { siteDiffReportRows } from '../../i18n/site-diff-strings';
import { QuarterDiff } from './QuarterDiff';
import { IssuesTable } from './IssuesTable';
import { useImportActions } from './use-import';

const SHOWN_SITES = 50;

/** Step 2: what will be imported and every problem found, before anything is committed. */
export function CsvReportStep({ csv, read }: { csv: CsvDialog; read: CsvReadResult }) {
  const imports = useImportActions();
  const t = useImportT();
  const lang = useAppState((s) => s.lang);
  const { stats, issues, sites } = read;
  const warnings = issues.filter((i) => i.severity === 'warning' && !i.excluded).length;
  const counts: [string, string, number][] = [
    ['rows', t('countRows'), stats.dataRows + read.excluded],
    ['sites', t('countSites'), stats.sites],
    ['sectors', t('countSectors'), stats.sectors],
    ['rejected', t('countRejected'), stats.rejectedRows],
    ['warnings', t('countWarnings'), warnings],
    ['excluded', t('countExcluded'), read.excluded],
  ];
  const stem = csv.fileName.replace(/\.[^.]*$/, '');
  const deg = (n: number) => n.toFixed(6);
  const diff = imports.quarterDiff();
  const carriers = [...new Set(sites.map((s) => s.carrier).filter((c) => c !== ''))].join(', ') || '—';
  const report = () => importReportCsv(issues, (i) => issueReason(lang, i), diff && siteDiffReportRows(lang, diff));

  return (
    <div className="import-step" data-testid="import-report">
      <dl className="import-counts">
        {counts.map(([key, label, n]) => (
          <div key={key} data-testid={`import-count-${key}`} data-value={n}>
            <dt>{label}</dt>
            <dd>{formatInt(lang, n)}</dd>
          </div>
        ))}
      </dl>
      {diff && sites.length > 0 && <QuarterDiff diff={diff} carriers={carriers} />}
      <h3>
        {t('issues', { n: formatInt(lang, issues.length) })}
        <button type="button" data-testid="import-download-report" onClick={() => downloadText(`${stem}-report.csv`, report(), 'text/csv')}>
          {t('downloadReport')}
        </button>
      </h3>
      {csv.choices.excludedLines.length > 0 && (
        <p className="import-excluded" data-testid="import-excluded">
          {t('countExcluded')}:{' '}
          {csv.choices.excludedLines.map((line) => (
            <button key={line} type="button" onClick={() => imports.toggleExcluded(line)} title={t('include')}>
              {line}
            </button>
          ))}
        </p>
      )}
      <IssuesTable
        issues={issues}
        excluded={csv.choices.excludedLines}
        onExclude={(line) => imports.toggleExcluded(line)}
        onKeep={(line) => void imports.toggleKept(line)}
      />
      <h3>
        {t('sitesPreview')}
        <button type="button" data-testid="import-show-map" onClick={() => imports.showOnMap(true)}>{t('showOnMap')}</button>
      </h3>
      <div className="import-scroll">
        <table className="mini" data-testid="import-sites">
          <thead>
            <tr><th>{t('colId')}</th><th>{t('colName')}</th><th>{t('colCarrier')}</th><th>{t('colLat')}</th><th>{t('colLon')}</th><th>{t('colSectors')}</th></tr>
          </thead>
          <tbody>
            {sites.slice(0, SHOWN_SITES).map((s) => (
              <tr key={s.id} data-testid="import-site" data-id={s.id}>
                <td>{s.id}</td><td>{s.name}</td><td>{s.carrier}</td>
                <td data-testid="import-site-lat">{deg(s.lat)}</td><td data-testid="import-site-lon">{deg(s.lon)}</td><td>{s.sectors.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {sites.length > SHOWN_SITES && <p className="hint">{t('moreSites', { n: sites.length - SHOWN_SITES })}</p>}
      </div>
    </div>
  );
}
