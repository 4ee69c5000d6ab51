import { useEffect, useState } from 'react';
import { useRulesT } from '../i18n-hooks';
import { DEFAULT_UNDERGROUNDING_RULES } from '../../domain/rules';
import { undergroundingReasonI18n } from '../../app/rules-reason-text';
import { undergroundingCsv, undergroundingGeojson } from '../../app/rules-export';
import { useAppState } from '../context';
import { downloadText } from '../../io/download';
import { formatInt, formatNumber } from '../../i18n/format';
import { NumberField } from './NumberField';
import { useRules, useRulesState } from './use-rules';
import './rules.css';

const MAX_ROWS = 200;

/** Aerial fibre as ranked undergrounding packages (with reasons), totals per commune, map highlight, export. */
export function UndergroundingPanel() {
  const rules = useRules();
  const t = useRulesT();
  const lang = useAppState((s) => s.lang);
  const dataset = useAppState((s) => s.dataset);
  const ugRules = useRulesState((s) => s.ugRules);
  const result = useRulesState((s) => s.undergrounding);
  const [picked, setPicked] = useState<string | null>(null);
  const d = DEFAULT_UNDERGROUNDING_RULES;
  const def = (v: number) => t('defaultIs', { v });

  useEffect(() => {
    void rules.refreshUndergrounding();
  }, [rules, dataset]);
  useEffect(() => () => rules.clearHighlight('undergrounding'), [rules]);

  const pick = (id: string) => {
    const next = id === picked ? null : id;
    setPicked(next);
    rules.highlightPackages(next);
  };
  const packages = result?.packages ?? [];
  const proposed = packages.filter((p) => p.proposed);
  const hasRoads = (dataset?.roads ?? []).length > 0;
  return (
    <section className="panel rules-panel" aria-labelledby="ug-title" data-testid="undergrounding">
      <h2 id="ug-title">{t('ugTitle')}</h2>
      <details className="rules-form" data-testid="ug-rules">
        <summary>{t('rules')}</summary>
        <NumberField label={t('ugNear')} hint={def(d.nearDistanceM)} min={0} max={5000} step={50} testId="ug-near"
          value={ugRules.nearDistanceM} onChange={(v) => rules.setUgRules({ nearDistanceM: v })} />
        <NumberField label={t('ugUrbanWeight')} hint={def(d.urbanWeight)} min={0} max={100} step={0.5} testId="ug-urban"
          value={ugRules.urbanWeight} onChange={(v) => rules.setUgRules({ urbanWeight: v })} />
        <NumberField label={t('ugPopScale')} hint={def(d.populationScale)} min={1} max={1000000} step={100} testId="ug-scale"
          value={ugRules.populationScale} onChange={(v) => rules.setUgRules({ populationScale: v })} />
        <NumberField label={t('ugMinPop')} hint={def(d.minPopulationNear)} min={0} max={1000000} step={100} testId="ug-min-pop"
          value={ugRules.minPopulationNear} onChange={(v) => rules.setUgRules({ minPopulationNear: v })} />
        {hasRoads && (
          <NumberField label={t('ugMainRoadWeight')} hint={def(d.mainRoadWeight)} min={0} max={100} step={0.5} testId="ug-main-road"
            value={ugRules.mainRoadWeight} onChange={(v) => rules.setUgRules({ mainRoadWeight: v })} />
        )}
        <button type="button" onClick={() => rules.setUgRules(DEFAULT_UNDERGROUNDING_RULES)}>{t('rulesReset')}</button>
        <p className="formula" data-testid="ug-formula">
          {hasRoads ? t('ugFormula', { m: formatInt(lang, ugRules.alongMainRoadM) }) : t('ugFormulaNoRoads')}
        </p>
      </details>
      {result && packages.length === 0 && <p className="hint">{t('ugNone')}</p>}
      {result && packages.length > 0 && (
        <>
          <p className="hint" data-testid="ug-count" data-count={packages.length}>
            {t('ugPackages', { n: packages.length, proposed: proposed.length, km: formatNumber(lang, result.totals.proposedKm, 1) })}
          </p>
          <div className="rules-scroll">
            <table className="rules-table" data-testid="ug-table">
              <thead>
                <tr><th>{t('colRank')}</th><th>{t('colUnit')}</th><th>{t('colLength')}</th><th>{t('colScore')}</th><th>{t('colProposed')}</th></tr>
              </thead>
              {packages.slice(0, MAX_ROWS).map((p) => (
                <tbody key={p.id} data-testid="ug-row" title={p.id} className={p.id === picked ? 'selected' : undefined} onClick={() => pick(p.id)}>
                  <tr>
                    <td>{p.rank}</td>
                    <td className="name">{p.unitName ?? '—'}</td>
                    <td>{formatInt(lang, p.length_m)}</td>
                    <td>{formatNumber(lang, p.score, 2)}</td>
                    <td>{p.proposed ? t('yes') : ''}</td>
                  </tr>
                  <tr className="reason-row">
                    <td colSpan={5} className="reasons" data-testid="ug-reason">{undergroundingReasonI18n(lang, p.reasonCode)}</td>
                  </tr>
                </tbody>
              ))}
            </table>
          </div>
          <div className="dialog-buttons">
            <button type="button" data-testid="ug-export-csv" onClick={() => downloadText('ha-ngam-cap.csv', undergroundingCsv(packages, lang), 'text/csv')}>{t('exportCsv')}</button>
            <button type="button" data-testid="ug-export-geojson" onClick={() => downloadText('ha-ngam-cap.geojson', undergroundingGeojson(packages, lang), 'application/geo+json')}>{t('exportGeojson')}</button>
          </div>
          <h3>{t('ugUnits')}</h3>
          <div className="rules-scroll">
            <table className="rules-table" data-testid="ug-units">
              <thead>
                <tr><th>{t('colUnit')}</th><th>{t('colAerialKm')}</th><th>{t('colProposedKm')}</th><th>{t('colShareUnderground')}</th></tr>
              </thead>
              <tbody>
                {result.units.map((u) => (
                  <tr key={u.unitCode ?? '-'}>
                    <td className="name">{u.unitName ?? '—'}</td>
                    <td>{formatNumber(lang, u.aerialKm, 1)}</td>
                    <td>{formatNumber(lang, u.proposedKm, 1)}</td>
                    <td>{formatNumber(lang, u.shareUnderground * 100, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
