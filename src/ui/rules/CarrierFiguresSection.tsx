import type { CoverageFigures } from '../../domain/coverage';
import { useRulesT } from '../i18n-hooks';
import { useAppState } from '../context';
import { formatPct } from '../../i18n/format';
import { carrierLabel, type RulesKey } from '../../i18n/rules-strings';
import { useRules, useRulesState } from './use-rules';

const INDICATORS: { key: RulesKey; value(f: CoverageFigures): number }[] = [
  { key: 'dVillages4g', value: (f) => f.totals.pctVillages['4G'] },
  { key: 'dPop4g', value: (f) => f.totals.pctPopulation['4G'] },
  { key: 'dPop5g', value: (f) => f.totals.pctPopulation['5G'] },
];

interface Group {
  id: string;
  label: string;
  baseline: CoverageFigures | null;
  scenario: CoverageFigures | null;
}

/** Figures of all carriers together and of each real carrier's sites alone, baseline and scenario, computed in the worker when asked for. */
export function CarrierFiguresSection() {
  const rules = useRules();
  const t = useRulesT();
  const lang = useAppState((s) => s.lang);
  const baseline = useAppState((s) => s.baselineFigures);
  const scenario = useAppState((s) => s.figures);
  const figures = useRulesState((s) => s.carrierFigures);
  const busy = useRulesState((s) => s.carrierBusy);
  const groups: Group[] = figures
    ? [{ id: '*', label: t('combined'), baseline, scenario }, ...figures.map((c) => ({ id: c.carrier, label: carrierLabel(lang, c.carrier), baseline: c.baseline, scenario: c.scenario }))]
    : [];
  const cell = (f: CoverageFigures | null, value: (f: CoverageFigures) => number) => (f ? formatPct(lang, value(f)) : '-');
  return (
    <div data-testid="dash-carriers">
      <h3>{t('perCarrier')}</h3>
      <button type="button" data-testid="dash-carriers-load" disabled={busy} onClick={() => void rules.loadCarrierFigures()}>
        {busy ? t('working') : t('perCarrierLoad')}
      </button>
      {figures && (
        <table className="dashboard">
          <thead>
            <tr><th>{t('colCarrier')}</th><th>{t('colBaseline')}</th><th>{t('colScenario')}</th></tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.id} data-testid={g.id === '*' ? 'dash-carrier-combined' : 'dash-carrier-row'} data-carrier={g.id}>
              <tr><th colSpan={3} className="group">{g.label}</th></tr>
              {INDICATORS.map((x) => {
                const a = cell(g.baseline, x.value);
                const b = cell(g.scenario, x.value);
                return (
                  <tr key={x.key}>
                    <td>{t(x.key)}</td>
                    <td data-testid="dash-carrier-baseline">{a}</td>
                    <td data-testid="dash-carrier-scenario" className={a !== b ? 'changed' : undefined}>{b}</td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      )}
    </div>
  );
}
