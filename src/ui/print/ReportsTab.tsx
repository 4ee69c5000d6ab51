import { provinceName } from '../../app/print-page';
import { usePrintT } from '../i18n-hooks';
import { reportPdf } from '../../app/print-export';
import { indicatorsTable } from '../../app/print-tables';
import { downloadBlob } from '../../io/download';
import { fileStem, pdfBlob } from './run-job';
import { usePrint, usePrintState } from './use-print';
import { usePrintContext } from './use-report';
import { CommuneTable } from './CommuneTable';
import { VillageTable } from './VillageTable';

/** Province indicators, the commune table and the village table, on the boundary set chosen for reporting. */
export function ReportsTab() {
  const t = usePrintT();
  const ctx = usePrintContext();
  const print = usePrint();
  const busy = usePrintState((s) => s.progress !== null);
  if (!ctx) return null;
  const lang = ctx.app.lang;
  const figures = ctx.report.figures;
  const ind = indicatorsTable(lang, figures);
  const stem = fileStem(provinceName(ctx.app));
  return (
    <div className="print-reports">
      <section>
        <div className="print-actions">
          <button type="button" data-testid="report-pdf" disabled={busy} onClick={() => void print.runJob(async () => downloadBlob(`${stem}-report.pdf`, pdfBlob(await reportPdf(ctx))))}>
            {t('reportPdf')}
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
        <CommuneTable figures={figures} lang={lang} stem={stem} />
      </section>
      <VillageTable figures={figures} lang={lang} stem={stem} />
    </div>
  );
}
