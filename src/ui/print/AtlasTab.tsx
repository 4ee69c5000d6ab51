import { useState } from 'react';
import { usePrintT } from '../i18n-hooks';
import { atlasPdf } from '../../app/print-export';
import type { PrintMap } from '../../app/print-map';
import { provinceName } from '../../app/print-page';
import { downloadBlob } from '../../io/download';
import { fileStem, pdfBlob } from './run-job';
import { usePrint, usePrintState } from './use-print';
import { usePrintContext } from './use-report';

/** One page per chosen commune in one PDF, with progress and cancel. */
export function AtlasTab({ printMap }: { printMap: PrintMap }) {
  const t = usePrintT();
  const ctx = usePrintContext();
  const print = usePrint();
  const busy = usePrintState((s) => s.progress !== null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [abort, setAbort] = useState<AbortController | null>(null);
  if (!ctx) return null;
  const units = [...ctx.report.dataset.units].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const codes = units.filter((u) => chosen.has(u.code)).map((u) => u.code);
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    setChosen(next);
  };
  const run = () => {
    const controller = new AbortController();
    setAbort(controller);
    void print.runJob(async (progress) => {
      const bytes = await atlasPdf(ctx, codes, printMap, progress, controller.signal);
      downloadBlob(`${fileStem(provinceName(ctx.app))}-atlas-${codes.length}.pdf`, pdfBlob(bytes));
    }).finally(() => setAbort(null));
  };
  return (
    <div className="print-atlas">
      <div className="print-actions">
        <strong>{t('atlasChoose')}</strong>
        <button type="button" data-testid="atlas-all" onClick={() => setChosen(new Set(units.map((u) => u.code)))}>
          {t('selectAll')}
        </button>
        <button type="button" data-testid="atlas-none" onClick={() => setChosen(new Set())}>
          {t('selectNone')}
        </button>
        <button type="button" data-testid="atlas-export" disabled={busy || codes.length === 0} onClick={run}>
          {t('atlasExport', { n: codes.length })}
        </button>
        {abort && (
          <button type="button" data-testid="atlas-cancel" onClick={() => abort.abort()}>
            {t('cancel')}
          </button>
        )}
      </div>
      <ul className="atlas-list" data-testid="atlas-list">
        {units.map((u) => (
          <li key={u.code}>
            <label>
              <input type="checkbox" data-testid={`atlas-unit-${u.code}`} checked={chosen.has(u.code)} onChange={(e) => toggle(u.code, e.target.checked)} /> {u.name}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
