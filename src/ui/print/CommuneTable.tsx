import { useState } from 'react';
import { usePrintT } from '../i18n-hooks';
import { COMMUNE_SORT_KEYS, communeRows, type CommuneSort } from '../../app/print-commune-rows';
import { communeCells, communeCsvRows, communeHeader, tableCsv, unitCovered } from '../../app/print-tables';
import type { CoverageFigures } from '../../domain/coverage';
import { downloadText } from '../../io/download';
import type { Lang } from '../../i18n/strings';
import { SortHeader } from './SortHeader';

/** Communes, sortable by any column and filtered by name or code; the rows shown export as CSV in their order. */
export function CommuneTable({ figures, lang, stem }: { figures: CoverageFigures; lang: Lang; stem: string }) {
  const t = usePrintT();
  const [text, setText] = useState('');
  const [sort, setSort] = useState<CommuneSort>({ key: 'name', desc: false });
  const rows = communeRows(figures, text, sort);
  const header = communeHeader(lang);
  return (
    <>
      <h3>{t('communeTable')}</h3>
      <div className="print-actions">
        <input data-testid="commune-filter-text" value={text} placeholder={t('filterText')} onChange={(e) => setText(e.target.value)} />
        <span data-testid="commune-count" data-count={rows.length}>{t('rowsShown', { n: rows.length, total: figures.units.length })}</span>
        <button type="button" data-testid="commune-csv" onClick={() => downloadText(`${stem}-communes.csv`, tableCsv(lang, communeCsvRows(lang, rows)), 'text/csv')}>
          {t('exportShownCsv')}
        </button>
      </div>
      <div className="print-table-scroll">
        <table className="report-table" data-testid="report-communes">
          <thead>
            <tr>
              {COMMUNE_SORT_KEYS.map((key, i) => (
                <SortHeader
                  key={key} label={header[i] ?? key} sorted={sort.key === key} desc={sort.desc} testId={`commune-sort-${key}`}
                  onSort={() => setSort({ key, desc: sort.key === key ? !sort.desc : false })}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => {
              const covered = unitCovered(u, '4G');
              return (
                <tr
                  key={u.code} data-code={u.code} data-population={u.population} data-villages={u.villages}
                  data-pop-covered-4g={Math.round(covered.population)} data-km2-covered-4g={covered.km2.toFixed(2)} data-villages-covered-4g={covered.villages}
                >
                  {communeCells(lang, u).map((c, i) => (
                    <td key={i} className={i >= 2 ? 'num' : undefined}>{c}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
