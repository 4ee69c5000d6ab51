import { useState } from 'react';
import { usePrintT } from '../i18n-hooks';
import { DEFAULT_ATLAS_CHOICES, atlasPdf, type AtlasChoices } from '../../app/print-export';
import { ATLAS_SORTS, ATLAS_TEMPLATE_MAX, type AtlasSort } from '../../domain/print';
import type { PrintMap } from '../../app/print-map';
import { provinceName } from '../../app/print-page';
import { downloadBlob } from '../../io/download';
import { fileStem, pdfBlob } from './run-job';
import { usePrint, usePrintState } from './use-print';
import { usePrintContext } from './use-report';

const SORT_KEYS = { code: 'atlasSortCode', name: 'atlasSortName', district: 'atlasSortDistrict', coverage: 'atlasSortCoverage' } as const;

/** One page per chosen commune, in one PDF or a zip of one PDF per page, with progress and cancel. */
export function AtlasTab({ printMap }: { printMap: PrintMap }) {
  const t = usePrintT();
  const ctx = usePrintContext();
  const print = usePrint();
  const busy = usePrintState((s) => s.progress !== null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [abort, setAbort] = useState<AbortController | null>(null);
  const [choices, setChoices] = useState<AtlasChoices>(DEFAULT_ATLAS_CHOICES);
  const choose = (patch: Partial<AtlasChoices>) => setChoices({ ...choices, ...patch });
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
      const file = await atlasPdf(ctx, codes, printMap, progress, controller.signal, choices);
      const stem = `${fileStem(provinceName(ctx.app))}-atlas-${codes.length}`;
      if (file.zip) downloadBlob(`${stem}.zip`, new Blob([file.bytes.slice().buffer], { type: 'application/zip' }));
      else downloadBlob(`${stem}.pdf`, pdfBlob(file.bytes));
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
      <form className="print-settings" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('atlasSort')}
          <select data-testid="atlas-sort" value={choices.sort} onChange={(e) => choose({ sort: ATLAS_SORTS.find((x): x is AtlasSort => x === e.target.value) ?? 'name' })}>
            {ATLAS_SORTS.map((x) => (
              <option key={x} value={x}>{t(SORT_KEYS[x])}</option>
            ))}
          </select>
        </label>
        <label>
          {t('atlasTitleTemplate')}
          <input data-testid="atlas-title-template" maxLength={ATLAS_TEMPLATE_MAX} value={choices.titleTemplate} title={t('atlasTitleHint')} placeholder={t('atlasTitleHint')} onChange={(e) => choose({ titleTemplate: e.target.value })} />
        </label>
        <label className="check">
          <input type="checkbox" data-testid="atlas-cover" checked={choices.cover} onChange={(e) => choose({ cover: e.target.checked })} /> {t('atlasCover')}
        </label>
        <label className="check">
          <input type="checkbox" data-testid="atlas-per-page" checked={choices.perPage} onChange={(e) => choose({ perPage: e.target.checked })} /> {t('atlasPerPage')}
        </label>
      </form>
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
