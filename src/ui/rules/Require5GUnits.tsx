import { useAppState } from '../context';
import { useRulesT } from '../i18n-hooks';
import { useRules, useRulesState } from './use-rules';

/** The communes where the plan asks for 5G (none ticked = every commune); used only while "Require 5G" is on. */
export function Require5GUnits() {
  const rules = useRules();
  const t = useRulesT();
  const units = useAppState((s) => s.dataset?.units);
  const require5G = useRulesState((s) => s.rules.require5G);
  const chosen = useRulesState((s) => s.rules.require5GUnits);
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...chosen.filter((c) => c !== code), code] : chosen.filter((c) => c !== code);
    void rules.setRules({ require5GUnits: next });
  };
  return (
    <details className="rules-units" data-testid="us-5g-units">
      <summary>
        {t('ruleRequire5GUnits')}: {chosen.length === 0 ? t('ruleRequire5GAll') : t('ruleRequire5GCount', { n: chosen.length })}
      </summary>
      <fieldset disabled={!require5G} className="rules-unit-list">
        {(units ?? []).map((u) => (
          <label key={u.code} className="row">
            <input type="checkbox" checked={chosen.includes(u.code)} data-testid="us-5g-unit" data-code={u.code}
              onChange={(e) => toggle(u.code, e.target.checked)} />
            {u.name}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
