import { useMemo } from 'react';
import { useAppState } from '../context';
import { formatInt } from '../../i18n/format';
import { siteDiffReportRows, siteDiffText, type SiteDiffKey } from '../../i18n/site-diff-strings';
import type { SiteDiff } from '../../domain/model/site-diff';
import type { SiteDiffRow } from '../../io/csv/issues-csv';

const SHOWN_ROWS = 50;

const CHANGE_LABEL: Readonly<Record<SiteDiffRow['change'], SiteDiffKey>> = {
  added: 'diffAdded', removed: 'diffRemoved', kept: 'diffKept', moved: 'diffMoved', changed: 'diffChanged',
};

/** The upload against its carriers' current sites, before the commit: counts, then the first sites that differ. */
export function QuarterDiff({ diff, carriers }: { diff: SiteDiff; carriers: string }) {
  const lang = useAppState((s) => s.lang);
  const rows = useMemo(() => siteDiffReportRows(lang, diff), [lang, diff]);
  const t = (key: SiteDiffKey, params?: Record<string, string | number>) => siteDiffText(lang, key, params);
  const counts: [string, SiteDiffKey, number][] = [
    ['added', 'diffAdded', diff.added.length],
    ['removed', 'diffRemoved', diff.removed.length],
    ...(diff.kept.length > 0 ? [['kept', 'diffKept', diff.kept.length] as [string, SiteDiffKey, number]] : []),
    ['moved', 'diffMoved', diff.moved.length],
    ['changed', 'diffChanged', diff.changed.length],
    ['unchanged', 'diffUnchanged', diff.unchanged],
  ];
  const hasCurrent = diff.removed.length + diff.kept.length + diff.moved.length + diff.changed.length + diff.unchanged > 0;
  return (
    <section data-testid="import-diff">
      <h3>{t('diffTitle', { carriers })}</h3>
      {!hasCurrent ? <p className="hint" data-testid="import-diff-none">{t('diffNoCurrent', { carriers })}</p> : (
        <>
          <dl className="import-counts">
            {counts.map(([key, label, n]) => (
              <div key={key} data-testid={`import-diff-${key}`} data-value={n}>
                <dt>{t(label)}</dt>
                <dd>{formatInt(lang, n)}</dd>
              </div>
            ))}
          </dl>
          {rows.length > 0 && (
            <div className="import-scroll">
              <table className="mini" data-testid="import-diff-sites">
                <tbody>
                  {rows.slice(0, SHOWN_ROWS).map((r) => (
                    <tr key={`${r.change} ${r.siteId}`} data-testid="import-diff-site" data-change={r.change} data-id={r.siteId}>
                      <td>{r.siteId}</td><td>{t(CHANGE_LABEL[r.change])}</td><td>{r.detail}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {rows.length > SHOWN_ROWS && <p className="hint">{t('diffMore', { n: rows.length - SHOWN_ROWS })}</p>}
            </div>
          )}
        </>
      )}
    </section>
  );
}
