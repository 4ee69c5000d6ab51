import { useState } from 'react';
import type { UnitFigures } from '../domain/coverage';
import { useApp, useAppState, useT } from './context';
import { formatInt, formatPct } from '../i18n/format';
import { CalibratedLine } from './CalibratedLine';

type Column = { key: string; label: string; value: (u: UnitFigures) => number | string; pct?: boolean };

function siteCount(u: UnitFigures): number {
  return Object.values(u.sites).reduce((sum, byTech) => sum + Math.max(byTech['2G'], byTech['3G'], byTech['4G'], byTech['5G']), 0);
}

export function CommuneTable() {
  const { store } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const figures = useAppState((s) => s.figures);
  const selection = useAppState((s) => s.selection);
  const coverageTech = useAppState((s) => s.coverageTech);
  const [sort, setSort] = useState<{ key: string; desc: boolean }>({ key: 'name', desc: false });
  if (!figures) return null;
  // The coverage columns follow the technology shown (once computed); the last one is the other ministry indicator.
  const tech = figures.techs.includes(coverageTech) ? coverageTech : '4G';
  const other = tech === '5G' ? '4G' : '5G';

  const columns: Column[] = [
    { key: 'name', label: t('name'), value: (u) => u.name },
    { key: 'population', label: t('population'), value: (u) => u.population },
    { key: `area${tech}`, label: `${tech} ${t('pctArea')}`, value: (u) => u.pctArea[tech], pct: true },
    { key: `pop${tech}`, label: `${tech} ${t('pctPopulation')}`, value: (u) => u.pctPopulation[tech], pct: true },
    { key: `vil${tech}`, label: `${tech} ${t('pctVillages')}`, value: (u) => u.pctVillages[tech], pct: true },
    { key: `pop${other}-other`, label: `${other} ${t('pctPopulation')}`, value: (u) => u.pctPopulation[other], pct: true },
    { key: 'ftth', label: `FTTH ${t('pctVillages')}`, value: (u) => u.ftth.pctVillagesServed, pct: true },
    { key: 'sites', label: t('sites'), value: siteCount },
  ];
  const column = columns.find((c) => c.key === sort.key) ?? columns[0];
  const rows = [...figures.units];
  if (column) {
    rows.sort((a, b) => {
      const va = column.value(a);
      const vb = column.value(b);
      const cmp = typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb, 'vi') : Number(va) - Number(vb);
      return sort.desc ? -cmp : cmp;
    });
  }
  const totals = figures.totals;
  const cell = (c: Column, u: UnitFigures) => {
    const v = c.value(u);
    return typeof v === 'string' ? v : c.pct ? formatPct(lang, v) : formatInt(lang, v);
  };

  return (
    <section className="panel table-panel" aria-labelledby="table-title">
      <h2 id="table-title">{t('communeTable')}</h2>
      <CalibratedLine testId="commune-table-calibrated" />
      <div className="table-scroll">
        <table className="communes" data-testid="commune-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" onClick={() => setSort({ key: c.key, desc: sort.key === c.key ? !sort.desc : c.key !== 'name' })}>
                    {c.label}
                    {sort.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr
                key={u.code}
                className={selection.kind === 'unit' && selection.code === u.code ? 'selected' : undefined}
                onClick={() => store.set({ selection: { kind: 'unit', code: u.code } })}
              >
                {columns.map((c) => (
                  <td key={c.key}>{cell(c, u)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>{t('totals')}</th>
              <td>{formatInt(lang, totals.population)}</td>
              <td data-testid="commune-total-area" data-pct={totals.pctAreaCovered[tech]}>{formatPct(lang, totals.pctAreaCovered[tech])}</td>
              <td>{formatPct(lang, totals.pctPopulation[tech])}</td>
              <td>{formatPct(lang, totals.pctVillages[tech])}</td>
              <td>{formatPct(lang, totals.pctPopulation[other])}</td>
              <td>{formatPct(lang, totals.pctVillagesFtth)}</td>
              <td>{formatInt(lang, totals.sites)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
