import { useMemo, useState } from 'react';
import { compareTable, rowChanged, SHOWN_DIFF_PP, type CompareRow } from '../domain/scenario/compare-table';
import { GAIN_RGBA, LOSS_RGBA } from '../domain/display/coverage-gain-image';
import { useApp, useAppState, useT } from './context';
import { formatInt, formatNumber, formatPct } from '../i18n/format';

const rgb = (c: readonly number[]) => `rgb(${c[0] ?? 0}, ${c[1] ?? 0}, ${c[2] ?? 0})`;

function FigureCells({ row: r }: { row: CompareRow }) {
  const lang = useAppState((s) => s.lang);
  const diff = (n: number) => (Math.abs(n) < SHOWN_DIFF_PP ? '' : `${n > 0 ? '+' : '−'}${formatNumber(lang, Math.abs(n), 1)}`);
  return (
    <>
      <td>{formatPct(lang, r.areaA)}</td><td>{formatPct(lang, r.areaB)}</td><td>{diff(r.areaDiff)}</td>
      <td>{formatPct(lang, r.popA)}</td><td>{formatPct(lang, r.popB)}</td><td>{diff(r.popDiff)}</td>
      <td>{formatPct(lang, r.villagesA)}</td><td>{formatPct(lang, r.villagesB)}</td><td>{diff(r.villagesDiff)}</td>
      <td>{formatInt(lang, r.sitesA)}</td><td>{formatInt(lang, r.sitesB)}</td>
    </>
  );
}

/** Two scenarios side by side: per-commune figures with differences; the map shows gained coverage meanwhile. */
export function ComparePanel() {
  const { actions } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const compare = useAppState((s) => s.compare);
  const scenarios = useAppState((s) => s.scenarios);
  const cellKm2 = useAppState((s) => (s.cellSizeM / 1000) ** 2);
  const result = compare?.result ?? null;
  const rows = useMemo(() => (result && compare ? compareTable(result.figuresA, result.figuresB, compare.tech) : []), [result, compare]);
  const [changedOnly, setChangedOnly] = useState(false);
  const unitRows = rows.filter((r) => r.code !== '');
  const shownRows = changedOnly ? unitRows.filter(rowChanged) : unitRows;
  if (!compare) return null;
  const name = (id: string | null) => (id === null ? t('baseline') : (scenarios.find((x) => x.id === id)?.name ?? id));

  return (
    <section className="compare-panel" role="dialog" aria-labelledby="compare-title" data-testid="compare">
      <h2 id="compare-title">
        {t('compareTitle', { tech: compare.tech })}: {name(compare.aId)} → {name(compare.bId)}
        <button type="button" className="close" aria-label={t('closeCompare')} data-testid="compare-close" onClick={() => actions.planner.closeCompare()}>×</button>
      </h2>
      {!result ? (
        <p className="hint">{t('compareBusy')}</p>
      ) : (
        <>
          <p className="legend-row" data-testid="compare-cells">
            <span className="swatch" style={{ background: rgb(GAIN_RGBA) }} /> {t('compareGained')}
            <span className="swatch" style={{ background: rgb(LOSS_RGBA) }} /> {t('compareLost')} ·{' '}
            {t('compareCells', { gained: formatNumber(lang, result.image.gainedCells * cellKm2, 1), lost: formatNumber(lang, result.image.lostCells * cellKm2, 1) })}
          </p>
          <label className="legend-row">
            <input type="checkbox" data-testid="compare-changed-only" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} />
            {t('compareChangedOnly', { changed: unitRows.filter(rowChanged).length, total: unitRows.length })}
          </label>
          <div className="table-scroll">
            <table className="communes compare-table" data-testid="compare-table">
              <thead>
                <tr>
                  <th>{t('unit')}</th>
                  <th>{t('pctArea')} A</th><th>B</th><th>{t('diff')}</th>
                  <th>{t('pctPopulation')} A</th><th>B</th><th>{t('diff')}</th>
                  <th>{t('pctVillages')} A</th><th>B</th><th>{t('diff')}</th>
                  <th>{t('sites')} A</th><th>B</th>
                </tr>
              </thead>
              <tbody>
                {shownRows.map((r) => (
                  <tr key={r.code} className={rowChanged(r) ? 'changed' : undefined}>
                    <td>{r.name}</td>
                    <FigureCells row={r} />
                  </tr>
                ))}
              </tbody>
              <tfoot>
                {rows.filter((r) => r.code === '').map((r) => (
                  <tr key="total" data-testid="compare-total">
                    <th>{t('total')}</th>
                    <FigureCells row={r} />
                  </tr>
                ))}
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
