import type { ReactNode } from 'react';
import { own, withEntry } from '../domain/model/dict';
import { TECHNOLOGIES, type Clutter } from '../domain/model/types';
import { DEFAULT_COVERAGE_SETTINGS } from '../domain/coverage/settings';

const CLUTTERS: Clutter[] = ['urban', 'suburban', 'rural', 'open'];
import { useApp, useAppState, useT } from './context';
import { formatInt, formatNumber, formatPct } from '../i18n/format';
import { SiteEditor } from './SiteEditor';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Attributes of the clicked feature. Every value is rendered as text, never as HTML. */
export function FeaturePanel() {
  const { store, actions } = useApp();
  const clutterOverrides = useAppState((s) => s.clutterOverrides);
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const selection = useAppState((s) => s.selection);
  const dataset = useAppState((s) => s.dataset);
  const figures = useAppState((s) => s.figures);
  const derived = useAppState((s) => s.derived);
  if (!dataset) return null;
  const computed = figures?.techs ?? [];
  const close = (
    <button type="button" className="close" aria-label={t('close')} onClick={() => store.set({ selection: { kind: 'none' } })}>
      ×
    </button>
  );

  let body: ReactNode = <p className="hint">{t('clickHint')}</p>;
  if (selection.kind === 'unit') {
    const unit = dataset.units.find((u) => u.code === selection.code);
    const fig = figures?.units.find((u) => u.code === selection.code);
    if (unit)
      body = (
        <>
          <h3>{unit.name} {close}</h3>
          <dl>
            <Field label={t('code')}>{unit.code}</Field>
            <Field label={t('type')}>{unit.type}</Field>
            <Field label={t('district')}>{unit.district || '—'}</Field>
            <Field label={t('clutter')}>
              <select
                value={own(clutterOverrides, unit.code) ?? unit.clutter}
                data-testid="unit-clutter"
                onChange={(e) => actions.updateRadio({ clutterOverrides: withEntry(clutterOverrides, unit.code, e.target.value as Clutter) })}
              >
                {CLUTTERS.map((c) => (
                  <option key={c} value={c}>
                    {t(`clutter${c}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('population')}>{formatInt(lang, unit.population)}</Field>
            {fig && <Field label={t('area')}>{formatNumber(lang, fig.areaKm2)} km²</Field>}
            {fig && <Field label={t('villages')}>{fig.villages}</Field>}
            {fig && <Field label={t('ftthReached')}>{fig.ftth.reached ? t('yes') : t('no')}</Field>}
            {fig && <Field label={t('indVillagesFtth')}>{formatPct(lang, fig.ftth.pctVillagesServed)}</Field>}
          </dl>
          {fig && (
            <table className="mini">
              <thead>
                <tr><th /><th>{t('pctArea')}</th><th>{t('pctPopulation')}</th><th>{t('pctVillages')}</th></tr>
              </thead>
              <tbody>
                {TECHNOLOGIES.filter((x) => computed.includes(x)).map((x) => (
                  <tr key={x}>
                    <th>{x}</th>
                    <td>{formatPct(lang, fig.pctArea[x])}</td>
                    <td>{formatPct(lang, fig.pctPopulation[x])}</td>
                    <td>{formatPct(lang, fig.pctVillages[x])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      );
  } else if (selection.kind === 'village') {
    const index = dataset.villages.findIndex((v) => v.id === selection.id);
    const village = dataset.villages[index];
    const fig = figures?.villages[index];
    if (village)
      body = (
        <>
          <h3>{village.name} {close}</h3>
          <dl>
            <Field label={t('code')}>{village.id}</Field>
            <Field label={t('unit')}>{dataset.units.find((u) => u.code === village.unitCode)?.name ?? village.unitCode}</Field>
            <Field label={t('population')}>{formatInt(lang, village.population)}</Field>
            {fig && <Field label={t('fibreDistance')}>{fig.fibreDistanceM === null ? '—' : `${formatInt(lang, fig.fibreDistanceM)} m`} ({fig.ftthServed ? 'FTTH' : t('no')})</Field>}
          </dl>
          {fig && (
            <table className="mini">
              <thead>
                <tr><th /><th>{t('bestLevel')}</th><th>{t('servingSite')}</th><th>{t('covered')}</th></tr>
              </thead>
              <tbody>
                {TECHNOLOGIES.filter((x) => computed.includes(x)).map((x) => (
                  <tr key={x}>
                    <th>{x}</th>
                    <td>{fig.bestDbm[x] === null ? '—' : `${formatNumber(lang, fig.bestDbm[x] ?? 0)} dBm`}</td>
                    <td>{fig.servingSiteId[x] ?? '—'}</td>
                    <td>{fig.covered[x] ? t('yes') : t('no')} ({formatPct(lang, fig.coveredShare[x] * 100)})</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {fig && <p className="hint" data-testid="village-rule">{t('villageRule', { pct: formatPct(lang, DEFAULT_COVERAGE_SETTINGS.villageCoveredShare * 100) })}</p>}
        </>
      );
  } else if (selection.kind === 'site') {
    body = <SiteEditor id={selection.id} />;
  } else if (selection.kind === 'fibre') {
    const route = dataset.fibre.find((r) => r.id === selection.id);
    if (route)
      body = (
        <>
          <h3>{route.name || route.id} {close}</h3>
          <dl>
            <Field label={t('code')}>{route.id}</Field>
            <Field label={t('laying')}>{t(route.laying === 'unknown' ? 'unknownLaying' : route.laying)}</Field>
            <Field label={t('kind')}>{route.kind}</Field>
            <Field label={t('length')}>{formatNumber(lang, (own(derived?.fibreLengthM, route.id) ?? 0) / 1000, 2)} km</Field>
          </dl>
        </>
      );
  }
  return (
    <section className="panel details" aria-labelledby="details-title" data-testid="details">
      <h2 id="details-title">{t('details')}</h2>
      {body}
    </section>
  );
}
