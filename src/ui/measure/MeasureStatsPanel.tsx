import type { ErrorStats } from '../../domain/measure/error-stats';
import type { GroupStats } from '../../domain/measure/comparison-summary';
import { LAND_COVER_CLASSES } from '../../domain/model/land-cover';
import { formatInt } from '../../i18n/format';
import { dbmText } from '../../i18n/measure-text';
import { useApp, useAppState, useFeatureState } from '../context';
import { useLandCoverT, useMeasureT } from '../i18n-hooks';
import { CalibrationPreview } from './CalibrationPreview';
import { ErrorHistogram, PredictedMeasuredScatter } from './MeasureCharts';

const db = (v: number) => (Number.isFinite(v) ? dbmText(Math.round(v * 10) / 10) : '—');
const pct = (share: number) => (Number.isFinite(share) ? `${(Math.round(share * 1000) / 10).toFixed(1)} %` : '—');

function GroupTable<K>({ title, rows, name, testId }: { title: string; rows: GroupStats<K>[]; name: (k: K) => string; testId: string }) {
  const t = useMeasureT();
  const lang = useAppState((s) => s.lang);
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <div className="measure-table">
      <table className="mini" data-testid={testId}>
        <thead><tr><th>{t('statsGroup')}</th><th>{t('statsSamples')}</th><th>{t('statsMean')}</th><th>{t('statsStd')}</th><th>{t('statsRmse')}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.key)} data-key={String(r.key)}>
              <td>{name(r.key)}</td><td>{formatInt(lang, r.stats.count)}</td><td>{db(r.stats.meanDb)}</td><td>{db(r.stats.stdDb)}</td><td>{db(r.stats.rmseDb)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return <div><dt>{label}</dt><dd data-testid={testId}>{value}</dd></div>;
}

/** Measured against predicted: the errors overall and by group, the verdict agreement, two charts and the communes. */
export function MeasureStatsPanel() {
  const { actions } = useApp();
  const measurements = useAppState((s) => s.measurements);
  const units = useAppState((s) => s.figures?.units);
  const lang = useAppState((s) => s.lang);
  const layer = useFeatureState(actions.measurements.state, (s) => s.layer);
  const t = useMeasureT();
  const lcT = useLandCoverT();
  if (!measurements) return <section className="panel"><p className="hint" data-testid="measure-stats-none">{t('statsNone')}</p></section>;
  if (!layer) return <section className="panel"><p className="hint">{t('statsWaiting')}</p></section>;
  const { stats, unitCodes } = layer;
  const o: ErrorStats = stats.overall;
  const byCode = new Map((units ?? []).map((u) => [u.code, u]));
  const communes = stats.units.map((c) => ({ ...c, index: c.unit, unit: byCode.get(unitCodes[c.unit] ?? '') })).sort((a, b) => b.samples - a.samples);
  const className = (c: number) => {
    const k = LAND_COVER_CLASSES[c - 1];
    return k ? lcT(`class-${k}`) : t('statsUnknownClass');
  };
  return (
    <section className="panel measure-stats" data-testid="measure-stats" data-count={o.count}>
      <h2>{t('statsTitle', { tech: stats.tech })}</h2>
      <dl className="measure-figures">
        <Figure label={t('statsCount')} value={formatInt(lang, o.count)} testId="measure-stat-count" />
        <Figure label={t('statsMean')} value={t('statsDb', { v: db(o.meanDb) })} testId="measure-stat-mean" />
        <Figure label={t('statsStd')} value={t('statsDb', { v: db(o.stdDb) })} testId="measure-stat-std" />
        <Figure label={t('statsRmse')} value={t('statsDb', { v: db(o.rmseDb) })} testId="measure-stat-rmse" />
        <Figure label={t('statsAgree')} value={pct(stats.agreement.share)} testId="measure-stat-agree" />
      </dl>
      <p className="hint">{t('statsAgreeHint', { dbm: dbmText(stats.thresholdDbm) })}</p>
      {(stats.outsideFootprints > 0 || stats.offGrid > 0) && (
        <p className="hint">{t('statsApart', { outside: formatInt(lang, stats.outsideFootprints), offGrid: formatInt(lang, stats.offGrid) })}</p>
      )}
      {stats.indoor.count > 0 && (
        <p className="hint" data-testid="measure-stat-indoor" data-count={stats.indoor.count}>
          {t('statsIndoor', { n: formatInt(lang, stats.indoor.count), mean: db(stats.indoor.meanDb), rmse: db(stats.indoor.rmseDb) })}
        </p>
      )}
      <h3>{t('statsHistogram')}</h3>
      <ErrorHistogram histogram={stats.histogram} label={t('statsHistogram')} />
      <h3>{t('statsScatter', { n: formatInt(lang, stats.scatter.predicted.length) })}</h3>
      <PredictedMeasuredScatter predicted={stats.scatter.predicted} measured={stats.scatter.measured} label={t('statsScatter', { n: stats.scatter.predicted.length })} />
      <GroupTable title={t('statsByClass')} rows={stats.perClass} name={className} testId="measure-by-class" />
      <GroupTable title={t('statsByCarrier')} rows={stats.perCarrier} name={(c) => c} testId="measure-by-carrier" />
      <GroupTable title={t('statsByTech')} rows={stats.perTech} name={(c) => c} testId="measure-by-tech" />
      <GroupTable title={t('statsBySite')} rows={stats.perSite} name={(c) => c} testId="measure-by-site" />
      {stats.moreSites > 0 && <p className="hint">{t('statsMoreSites', { n: formatInt(lang, stats.moreSites) })}</p>}
      <CalibrationPreview />
      <h3>{t('statsCommunes')}</h3>
      <div className="import-scroll">
        <table className="mini" data-testid="measure-communes">
          <thead><tr><th>{t('statsCommune')}</th><th>{t('statsSamples')}</th><th>{t('statsMeasuredShare')}</th><th>{t('statsPredicted')}</th></tr></thead>
          <tbody>
            {communes.map((c) => (
              <tr key={c.index}>
                <td>{c.unit?.name ?? '—'}</td><td>{formatInt(lang, c.samples)}</td><td>{pct(c.measuredShare)}</td>
                <td>{c.unit ? pct((c.unit.pctArea[stats.tech] ?? NaN) / 100) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
