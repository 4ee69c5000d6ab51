import { DEFAULT_UNDERSERVED_RULES, type GapWeights } from '../../domain/rules';
import { useRulesT } from '../i18n-hooks';
import { INITIAL_STATE } from '../../app/state';
import { useApp, useAppState } from '../context';
import { type RulesKey } from '../../i18n/rules-strings';
import { NumberField } from './NumberField';
import { Require5GUnits } from './Require5GUnits';
import { useRules, useRulesState } from './use-rules';

const THRESHOLDS = [-110, -105, -100] as const;
const WEIGHTS: { key: keyof GapWeights; label: RulesKey }[] = [
  { key: 'no4g', label: 'w_no4g' },
  { key: 'basic4gOnly', label: 'w_basic4gOnly' },
  { key: 'no5g', label: 'w_no5g' },
  { key: 'noFibre', label: 'w_noFibre' },
  { key: 'carrierGap', label: 'w_carrierGap' },
];

/** The editable rules of the underserved ranking, each with its default; threshold and indoor are the app's own. */
export function UnderservedRulesForm() {
  const { actions } = useApp();
  const rulesActions = useRules();
  const t = useRulesT();
  const rules = useRulesState((s) => s.rules);
  const threshold = useAppState((s) => s.thresholdDbm);
  const indoor = useAppState((s) => s.indoor);
  const hasRoads = useAppState((s) => (s.dataset?.roads ?? []).length > 0);
  const d = DEFAULT_UNDERSERVED_RULES;
  const def = (v: string | number) => t('defaultIs', { v });
  const reset = () => {
    void rulesActions.setRules(DEFAULT_UNDERSERVED_RULES);
    if (threshold !== INITIAL_STATE.thresholdDbm) actions.setThreshold(INITIAL_STATE.thresholdDbm);
    if (indoor !== INITIAL_STATE.indoor) actions.updateRadio({ indoor: INITIAL_STATE.indoor });
  };
  return (
    <details className="rules-form" data-testid="us-rules">
      <summary>{t('rules')}</summary>
      <label className="row">
        <span>{t('ruleThreshold')} <small className="hint">({def(`${INITIAL_STATE.thresholdDbm} dBm`)})</small></span>
        <select value={threshold} data-testid="us-threshold" onChange={(e) => actions.setThreshold(Number(e.target.value))}>
          {!THRESHOLDS.some((x) => x === threshold) && <option value={threshold}>{threshold} dBm</option>}
          {THRESHOLDS.map((x) => <option key={x} value={x}>{x} dBm</option>)}
        </select>
      </label>
      <label className="row">
        <input type="checkbox" checked={indoor} data-testid="us-indoor" onChange={(e) => actions.updateRadio({ indoor: e.target.checked })} />
        {t('ruleIndoor')} <small className="hint">({def(t('no'))})</small>
      </label>
      <NumberField
        label={t('ruleShare')} hint={def(d.villageCoveredShare * 100)} min={1} max={100} testId="us-share"
        value={Math.round(rules.villageCoveredShare * 100)} onChange={(v) => void rulesActions.setRules({ villageCoveredShare: v / 100 })}
      />
      <NumberField label={t('ruleBasic')} hint={def(d.basicThresholdDbm)} min={-140} max={-60} testId="us-basic"
        value={rules.basicThresholdDbm} onChange={(v) => void rulesActions.setRules({ basicThresholdDbm: v })} />
      <label className="row">
        <input type="checkbox" checked={rules.require5G} data-testid="us-require5g" onChange={(e) => void rulesActions.setRules({ require5G: e.target.checked })} />
        {t('ruleRequire5G')} <small className="hint">({def(t('no'))})</small>
      </label>
      <Require5GUnits />
      <NumberField label={t('ruleFtth')} hint={def(d.ftthDistanceM)} min={0} max={50000} step={50} testId="us-ftth"
        value={rules.ftthDistanceM} onChange={(v) => void rulesActions.setRules({ ftthDistanceM: v })} />
      {hasRoads && (
        <NumberField label={t('ruleRoadReach')} hint={def(d.roadReachDistanceM)} min={0} max={50000} step={100} testId="us-road-reach"
          value={rules.roadReachDistanceM} onChange={(v) => void rulesActions.setRules({ roadReachDistanceM: v })} />
      )}
      <NumberField label={t(hasRoads ? 'ruleReach' : 'ruleReachNoRoads')} hint={def(d.reachDistanceM)} min={0} max={50000} step={100} testId="us-reach"
        value={rules.reachDistanceM} onChange={(v) => void rulesActions.setRules({ reachDistanceM: v })} />
      <NumberField label={t('ruleRemote')} hint={def(d.remoteKm)} min={0} max={500} testId="us-remote"
        value={rules.remoteKm} onChange={(v) => void rulesActions.setRules({ remoteKm: v })} />
      <h4>{t('weights')}</h4>
      {WEIGHTS.map(({ key, label }) => (
        <NumberField
          key={key} label={t(label)} hint={def(d.weights[key])} min={0} max={100} step={0.5} testId={`us-w-${key}`}
          value={rules.weights[key]} onChange={(v) => void rulesActions.setRules({ weights: { ...rules.weights, [key]: v } })}
        />
      ))}
      <button type="button" data-testid="us-reset" onClick={reset}>{t('rulesReset')}</button>
    </details>
  );
}
