import { useAppState } from '../context';
import { formatPct } from '../format';
import { useRulesT } from '../i18n/rules-strings';
import { useRules, useRulesState } from './use-rules';

/** Figures of each carrier's sites alone, computed in the worker when asked for. */
export function CarrierFiguresSection() {
  const rules = useRules();
  const t = useRulesT();
  const lang = useAppState((s) => s.lang);
  const figures = useRulesState((s) => s.carrierFigures);
  const busy = useRulesState((s) => s.carrierBusy);
  return (
    <div data-testid="dash-carriers">
      <h3>{t('perCarrier')}</h3>
      <button type="button" data-testid="dash-carriers-load" disabled={busy} onClick={() => void rules.loadCarrierFigures()}>
        {busy ? t('working') : t('perCarrierLoad')}
      </button>
      {figures && (
        <table className="dashboard">
          <thead>
            <tr><th>{t('colCarrier')}</th><th>{t('dVillages4g')}</th><th>{t('dPop4g')}</th><th>{t('dPop5g')}</th></tr>
          </thead>
          <tbody>
            {figures.map((c) => (
              <tr key={c.carrier} data-testid="dash-carrier-row">
                <td>{c.carrier}</td>
                <td>{formatPct(lang, c.figures.totals.pctVillages['4G'])}</td>
                <td>{formatPct(lang, c.figures.totals.pctPopulation['4G'])}</td>
                <td>{formatPct(lang, c.figures.totals.pctPopulation['5G'])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
