import { useState } from 'react';
import { usePrintT } from '../i18n-hooks';
import { tableCsv, villageCsvRows, villageRows, type VillageSortKey } from '../../app/print-tables';
import type { CoverageFigures } from '../../domain/coverage';
import { downloadText } from '../../io/download';
import { formatInt, formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import { SortHeader } from './SortHeader';

const SHOWN = 300;

/** Villages, sortable by column and filtered by commune and by text; the filtered rows export as CSV. */
export function VillageTable({ figures, lang, stem }: { figures: CoverageFigures; lang: Lang; stem: string }) {
  const t = usePrintT();
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ key: VillageSortKey; desc: boolean }>({ key: 'commune', desc: false });
  const rows = villageRows(figures, { unitCode, text }, sort);
  const units = [...figures.units].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const columns: [VillageSortKey | null, string][] = [
    ['name', t('name')], ['commune', t('commune')], ['population', t('population')], ['best4g', t('best4g')], [null, t('covered4g')],
    ['fibre', t('fibreDistance')], [null, t('ftthServed')],
  ];
  return (
    <section>
      <h3>{t('villageTable')}</h3>
      <div className="print-actions">
        <select data-testid="village-filter-unit" value={unitCode ?? ''} onChange={(e) => setUnitCode(e.target.value || null)}>
          <option value="">{t('allCommunes')}</option>
          {units.map((u) => (
            <option key={u.code} value={u.code}>{u.name}</option>
          ))}
        </select>
        <input data-testid="village-filter-text" value={text} placeholder={t('filterText')} onChange={(e) => setText(e.target.value)} />
        <span data-testid="village-count">{rows.length}</span>
        <button type="button" data-testid="village-csv" onClick={() => downloadText(`${stem}-villages.csv`, tableCsv(lang, villageCsvRows(lang, rows)), 'text/csv')}>
          {t('exportCsv')}
        </button>
      </div>
      <div className="print-table-scroll">
        <table className="report-table" data-testid="report-villages">
          <thead>
            <tr>
              {columns.map(([key, label]) =>
                key ? (
                  <SortHeader key={label} label={label} sorted={sort.key === key} desc={sort.desc} onSort={() => setSort({ key, desc: sort.key === key ? !sort.desc : false })} />
                ) : (
                  <th key={label}>{label}</th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map(({ v, commune }) => (
              <tr key={v.id}>
                <td>{v.name}</td>
                <td>{commune}</td>
                <td className="num">{formatInt(lang, v.population)}</td>
                <td className="num">{v.bestDbm['4G'] === null ? '—' : formatNumber(lang, v.bestDbm['4G'], 1)}</td>
                <td>{v.covered['4G'] ? t('yes') : t('no')}</td>
                <td className="num">{v.fibreDistanceM === null ? '—' : formatInt(lang, v.fibreDistanceM)}</td>
                <td>{v.ftthServed ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > SHOWN && <p className="hint">… +{rows.length - SHOWN}</p>}
      </div>
    </section>
  );
}
