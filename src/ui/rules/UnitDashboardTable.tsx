import { useState } from 'react';
import { useRulesT } from '../i18n-hooks';
import {
  DEFAULT_UNIT_SORT, UNIT_COLUMN_GROUPS, btsTotal, dashboardCarriers, nextSort, sortUnitRows, unitColumns, unitRows,
  type SortSide, type UnitColumn, type UnitColumnGroup, type UnitSort,
} from '../../app/rules-dashboard';
import type { UnitFigures } from '../../domain/coverage';
import { own } from '../../domain/model/dict';
import { TECHNOLOGIES } from '../../domain/model/types';
import { useAppState } from '../context';
import { formatInt, formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import { carrierLabel, type RulesT } from '../../i18n/rules-strings';

const digits = (c: UnitColumn): number => (c.kind === 'pct' || c.kind === 'km' ? 1 : 0);

function formatValue(lang: Lang, t: RulesT, c: UnitColumn, u: UnitFigures): string {
  const v = c.value(u);
  if (c.kind === 'yesNo') return t(v > 0 ? 'yes' : 'no');
  return c.carrier === null ? formatNumber(lang, v, digits(c)) : formatInt(lang, btsTotal(u, c.carrier));
}

/** A carrier's sites in a unit by technology, e.g. "2G 5, 4G 5". */
function techBreakdown(c: UnitColumn, u: UnitFigures | null): string {
  const carrier = c.carrier;
  if (carrier === null || !u) return '';
  const byTech = own(u.sites, carrier);
  return TECHNOLOGIES.filter((tech) => (byTech?.[tech] ?? 0) > 0).map((tech) => `${tech} ${byTech?.[tech] ?? 0}`).join(', ');
}

function changeText(lang: Lang, c: UnitColumn, base: UnitFigures | null, scen: UnitFigures | null): string {
  if (!base || !scen || c.kind === 'yesNo') return '';
  const d = c.value(scen) - c.value(base);
  if (Math.abs(d) < 0.05) return '';
  return ` (${d > 0 ? '+' : ''}${formatNumber(lang, d, digits(c))})`;
}

/** Every commune's indicators, baseline and scenario side by side, one group of columns at a time, sortable by any column. */
export function UnitDashboardTable() {
  const t = useRulesT();
  const lang = useAppState((s) => s.lang);
  const baseline = useAppState((s) => s.baselineFigures);
  const scenario = useAppState((s) => s.figures);
  const [group, setGroup] = useState<UnitColumnGroup>('coverage');
  const [sort, setSort] = useState<UnitSort>(DEFAULT_UNIT_SORT);
  const all = unitColumns(dashboardCarriers(baseline, scenario));
  const columns = all.filter((c) => c.group === group);
  const rows = sortUnitRows(unitRows(baseline, scenario), all, sort);
  const label = (c: UnitColumn) => (c.carrier !== null ? carrierLabel(lang, c.carrier) : c.labelKey ? t(c.labelKey) : c.id);
  const ariaSort = (columnId: string, side: SortSide) =>
    sort.columnId === columnId && sort.side === side ? (sort.descending ? 'descending' : 'ascending') : undefined;
  const sortButton = (columnId: string, side: SortSide, text: string, title: string) => (
    <button type="button" className={sort.columnId === columnId && sort.side === side ? `sort ${sort.descending ? 'desc' : 'asc'}` : 'sort'} data-testid={`unit-sort-${columnId}-${side}`} title={t('uSortBy', { col: title, side: text })}
      onClick={() => setSort(nextSort(sort, columnId, side))}>
      {text}
    </button>
  );
  return (
    <div data-testid="dash-units">
      <h3>{t('uTitle')}</h3>
      <div className="segmented" role="group" aria-label={t('uGroup')}>
        {UNIT_COLUMN_GROUPS.map((g) => (
          <button key={g} type="button" aria-pressed={g === group} data-testid={`unit-group-${g}`} onClick={() => setGroup(g)}>
            {t(`uGroup_${g}`)}
          </button>
        ))}
      </div>
      <p className="hint">{t('uLegend')}{group === 'bts' ? ` ${t('uBtsLegend')}` : ''}</p>
      <div className="rules-scroll">
        <table className="rules-table unit-table" data-testid="unit-table">
          <thead>
            <tr>
              <th rowSpan={2} className="unit-name" aria-sort={ariaSort('name', 'scenario')}>
                {sortButton('name', 'scenario', t('colUnit'), t('colUnit'))}
              </th>
              {columns.map((c) => <th key={c.id} colSpan={2} className="unit-group">{label(c)}</th>)}
            </tr>
            <tr>
              {columns.flatMap((c) => [
                <th key={`${c.id}-b`} aria-sort={ariaSort(c.id, 'baseline')}>{sortButton(c.id, 'baseline', t('uBaselineShort'), label(c))}</th>,
                <th key={`${c.id}-s`} aria-sort={ariaSort(c.id, 'scenario')}>{sortButton(c.id, 'scenario', t('uScenarioShort'), label(c))}</th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-testid="unit-row" data-code={r.code}>
                <td className="name unit-name">{r.name}</td>
                {columns.flatMap((c) => {
                  const a = r.baseline ? formatValue(lang, t, c, r.baseline) : '-';
                  const b = r.scenario ? formatValue(lang, t, c, r.scenario) : '-';
                  const techA = techBreakdown(c, r.baseline);
                  const techB = techBreakdown(c, r.scenario);
                  return [
                    <td key={`${c.id}-b`} data-col={`${c.id}-baseline`}>
                      {a}{techA && <small className="techs">{techA}</small>}
                    </td>,
                    <td key={`${c.id}-s`} data-col={`${c.id}-scenario`} className={a !== b || techA !== techB ? 'changed' : undefined}>
                      {b}{changeText(lang, c, r.baseline, r.scenario)}{techB && <small className="techs">{techB}</small>}
                    </td>,
                  ];
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
