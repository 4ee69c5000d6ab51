import { useAppState } from '../context';
import { useRulesT } from '../i18n-hooks';
import { formatInt, formatNumber } from '../../i18n/format';
import { NumberField } from './NumberField';
import { useRules, useRulesState } from './use-rules';
import { DEFAULT_PROPOSER_SETTINGS } from '../../app/rules-store';
import { proposerTargets } from '../../app/rules-actions';
import { DEFAULT_PROPOSER_OPTIONS } from '../../domain/rules';

/** Greedy site proposals for the listed villages lacking 4G: options, progress and cancel, the sites found, accept as a scenario. */
export function ProposerSection() {
  const rules = useRules();
  const t = useRulesT();
  const lang = useAppState((s) => s.lang);
  const settings = useRulesState((s) => s.proposerSettings);
  const run = useRulesState((s) => s.proposer);
  const answer = useRulesState((s) => s.underserved);
  const commune = useRulesState((s) => s.commune);
  const hasRoads = useAppState((s) => (s.dataset?.roads ?? []).length > 0);
  const roadReachM = useRulesState((s) => s.rules.roadReachDistanceM);
  const targets = proposerTargets({ underserved: answer, commune }).length;
  const d = DEFAULT_PROPOSER_SETTINGS;
  const def = (v: number) => t('defaultIs', { v });
  const result = run.result;
  const accepted = run.accepted;
  return (
    <div className="rules-proposer" data-testid="proposer">
      <h3>{t('propTitle')}</h3>
      <p className="hint" data-testid="prop-targets" data-count={targets}>{t('propTargets', { n: formatInt(lang, targets) })}</p>
      <p className="hint" data-testid="prop-note">
        {hasRoads
          ? t('propRoadNote', {
            fb: formatNumber(lang, DEFAULT_PROPOSER_OPTIONS.fibreBonus, 1), fkm: formatNumber(lang, DEFAULT_PROPOSER_OPTIONS.fibreBonusDistanceM / 1000, 1),
            rb: formatNumber(lang, DEFAULT_PROPOSER_OPTIONS.roadBonus, 1), rkm: formatNumber(lang, roadReachM / 1000, 1),
          })
          : t('propFibreNote')}
      </p>
      <NumberField label={t('propMax')} hint={def(d.maxSites)} min={1} max={100} testId="prop-max"
        value={settings.maxSites} onChange={(v) => rules.setProposerSettings({ maxSites: Math.round(v) })} />
      <NumberField label={t('propMinDist')} hint={def(d.minSiteDistanceM)} min={0} max={20000} step={100} testId="prop-min-dist"
        value={settings.minSiteDistanceM} onChange={(v) => rules.setProposerSettings({ minSiteDistanceM: v })} />
      <NumberField label={t('propGrid')} hint={def(d.gridSpacingM)} min={200} max={10000} step={100} testId="prop-grid"
        value={settings.gridSpacingM} onChange={(v) => rules.setProposerSettings({ gridSpacingM: v })} />
      <div className="dialog-buttons">
        <button type="button" data-testid="prop-run" disabled={run.running} onClick={() => void rules.propose()}>{t('propRun')}</button>
        {run.running && <button type="button" data-testid="prop-cancel" onClick={() => rules.cancelProposal()}>{t('propCancel')}</button>}
      </div>
      {run.running && (
        <div data-testid="prop-progress">
          <progress className="rules-progress" max={1} value={run.progress} />
          <span className="hint">{t('propProgress', { pct: Math.round(run.progress * 100) })}</span>
        </div>
      )}
      {run.cancelled && <p className="hint">{t('propCancelled')}</p>}
      {result && result.suggestions.length === 0 && <p className="hint" data-testid="prop-none">{t('propNone')}</p>}
      {result && result.suggestions.length > 0 && (
        <>
          <p data-testid="prop-promise" data-promised={result.promisedVillagesCovered} data-before={result.villagesCoveredBefore}>
            {t('propPromise', {
              after: formatInt(lang, result.promisedVillagesCovered), before: formatInt(lang, result.villagesCoveredBefore),
              gain: formatInt(lang, result.promisedVillagesCovered - result.villagesCoveredBefore),
              targets: formatInt(lang, result.targetVillages), evals: formatInt(lang, result.evaluations),
            })}
          </p>
          <table className="rules-table" data-testid="prop-table">
            <thead>
              <tr><th>{t('colSite')}</th><th>{t('colNewVillages')}</th><th>{t('colPopGained')}</th></tr>
            </thead>
            <tbody>
              {result.suggestions.map((s) => (
                <tr key={s.site.id} data-testid="prop-row">
                  <td>{s.site.id}</td>
                  <td className="reasons">{s.villageNames.join(', ')}</td>
                  <td>{formatInt(lang, s.populationGained)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" data-testid="prop-accept" disabled={accepted !== null} onClick={() => rules.acceptProposal()}>{t('propAccept')}</button>
        </>
      )}
      {accepted && (
        <p data-testid="prop-check" data-promised={accepted.promised} data-actual={accepted.actual ?? ''}>
          {accepted.actual === null
            ? t('working')
            : <>
              {t('propCheck', { name: accepted.name, actual: formatInt(lang, accepted.actual), promised: formatInt(lang, accepted.promised) })}{' '}
              <span className={accepted.actual === accepted.promised ? 'rules-check-ok' : 'rules-check-bad'}>
                {t(accepted.actual === accepted.promised ? 'propCheckOk' : 'propCheckBad')}
              </span>
            </>}
        </p>
      )}
    </div>
  );
}
