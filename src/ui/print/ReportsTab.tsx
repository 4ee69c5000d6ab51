import { provinceName } from '../../app/print-page';
import { reportPdf } from '../../app/print-export';
import { communeCsvRows, communeTable, indicatorsTable } from '../../app/print-tables';
import { printStore } from '../../app/print-store';
import { useStore } from '../../app/store';
import { toCsv } from '../../io/csv/write-csv';
import { downloadBlob, downloadText } from '../download';
import { usePrintT } from '../i18n/print-strings';
import { fileStem, pdfBlob, runJob } from './run-job';
import { usePrintContext } from './use-report';
import { VillageTable } from './VillageTable';

/** Province indicators, the commune table and the village table, on the boundary set chosen for reporting. */
export function ReportsTab() {
  const t = usePrintT();
  const ctx = usePrintContext();
  const busy = useStore(printStore, (s) => s.progress !== null);
  if (!ctx) return null;
  const lang = ctx.app.lang;
  const figures = ctx.report.figures;
  const ind = indicatorsTable(lang, figures);
  const communes = communeTable(lang, figures);
  const stem = fileStem(provinceName(ctx.app));
  return (
    <div className="print-reports">
      <section>
        <div className="print-actions">
          <button type="button" data-testid="report-pdf" disabled={busy} onClick={() => void runJob(async () => downloadBlob(`${stem}-report.pdf`, pdfBlob(await reportPdf(ctx))))}>
            {t('reportPdf')}
          </button>
          <button type="button" data-testid="commune-csv" onClick={() => downloadText(`${stem}-communes.csv`, toCsv(communeCsvRows(figures)), 'text/csv')}>
            {t('exportCsv')} ({t('communeTable')})
          </button>
          <span className="hint" data-testid="report-boundary">
            {t('boundarySet')}: {ctx.report.boundary.name}
            {ctx.report.boundary.date ? `, ${ctx.report.boundary.date}` : ''}
          </span>
        </div>
        <h3>{t('indicators')}</h3>
        <table className="mini" data-testid="report-indicators">
          <tbody>
            {ind.rows.map(([k, v]) => (
              <tr key={k}><th>{k}</th><td>{v}</td></tr>
            ))}
          </tbody>
        </table>
        <h3>{t('communeTable')}</h3>
        <div className="print-table-scroll">
          <table className="report-table" data-testid="report-communes">
            <thead>
              <tr>{communes.header.map((h) => <th key={h}>{h}</th>)}</tr>
            </thead>
            <tbody>
              {figures.units.map((u) => (
                <tr key={u.code} data-code={u.code} data-population={u.population} data-villages={u.villages}>
                  <td>{u.code}</td>
                  <td>{u.name}</td>
                  {(communes.rows.find((r) => r[0] === u.code) ?? []).slice(2).map((c, i) => (
                    <td key={i} className="num">{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <VillageTable figures={figures} lang={lang} stem={stem} />
    </div>
  );
}
