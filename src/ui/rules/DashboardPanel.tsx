import { useEffect } from 'react';
import { useRulesT } from '../i18n-hooks';
import { own } from '../../domain/model/dict';
import { TECHNOLOGIES } from '../../domain/model/types';
import type { CoverageFigures } from '../../domain/coverage';
import { activeScenario } from '../../app/scenarios';
import { useAppState } from '../context';
import { formatNumber, formatPct } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import { carrierLabel } from '../../i18n/rules-strings';
import { ColocationSection } from './ColocationSection';
import { CarrierFiguresSection } from './CarrierFiguresSection';
import { TerrainFiguresSection } from './TerrainFiguresSection';
import { UnitDashboardTable } from './UnitDashboardTable';
import { useRules } from './use-rules';
import './rules.css';

interface Indicator {
  id: string;
  label: string;
  value(f: CoverageFigures): number;
  format(lang: Lang, n: number): string;
}

const int = (lang: Lang, n: number) => formatNumber(lang, n, 0);
const km = (lang: Lang, n: number) => formatNumber(lang, n, 1);

/** The ministry's indicators for the area and each commune, baseline and active scenario side by side, per carrier, and co-location. */
export function DashboardPanel() {
  const t = useRulesT();
  const lang = useAppState((s) => s.lang);
  const baseline = useAppState((s) => s.baselineFigures);
  const scenario = useAppState((s) => s.figures);
  const scenarioName = useAppState((s) => activeScenario(s)?.name ?? '');
  const rules = useRules();
  // Per-carrier figures, once asked for, follow the scenario.
  useEffect(() => {
    if (scenario && rules.store.get().carrierFigures) void rules.loadCarrierFigures();
  }, [rules, scenario]);
  if (!baseline || !scenario) return <section className="panel rules-panel" data-testid="dashboard"><p className="hint">{t('noData')}</p></section>;
  const carriers = [...new Set([...Object.keys(baseline.totals.btsByCarrierTech), ...Object.keys(scenario.totals.btsByCarrierTech)])].sort();
  const rows: Indicator[] = [
    { id: 'villages4g', label: t('dVillages4g'), value: (f) => f.totals.pctVillages['4G'], format: formatPct },
    { id: 'pop4g', label: t('dPop4g'), value: (f) => f.totals.pctPopulation['4G'], format: formatPct },
    { id: 'pop5g', label: t('dPop5g'), value: (f) => f.totals.pctPopulation['5G'], format: formatPct },
    { id: 'unitsFtth', label: t('dUnitsFtth'), value: (f) => f.totals.pctUnitsFtth, format: formatPct },
    { id: 'villagesFtth', label: t('dVillagesFtth'), value: (f) => f.totals.pctVillagesFtth, format: formatPct },
    ...carriers.flatMap((c) => TECHNOLOGIES.map((tech): Indicator => ({
      id: `bts-${c}-${tech}`, label: t('dBts', { carrier: carrierLabel(lang, c), tech }), value: (f) => own(f.totals.btsByCarrierTech, c)?.[tech] ?? 0, format: int,
    }))).filter((r) => r.value(baseline) > 0 || r.value(scenario) > 0),
    { id: 'kmAerial', label: t('dKmAerial'), value: (f) => f.totals.fibreKm.aerial, format: km },
    { id: 'kmUnderground', label: t('dKmUnderground'), value: (f) => f.totals.fibreKm.underground + f.totals.fibreKm.duct, format: km },
  ];
  return (
    <section className="panel rules-panel" aria-labelledby="dash-title" data-testid="dashboard">
      <h2 id="dash-title">{t('dashTitle')}</h2>
      <table className="dashboard" data-testid="dash-table">
        <thead>
          <tr><th>{t('colIndicator')}</th><th data-testid="dash-col-baseline">{t('colBaseline')}</th><th data-testid="dash-col-scenario" title={scenarioName}>{t('colScenario')}</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const a = r.value(baseline);
            const b = r.value(scenario);
            return (
              <tr key={r.id} data-testid={`dash-${r.id}`}>
                <td>{r.label}</td>
                <td data-testid="dash-baseline">{r.format(lang, a)}</td>
                <td data-testid="dash-scenario" className={Math.abs(b - a) > 1e-9 ? 'changed' : undefined}>{r.format(lang, b)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('colScenario')}: {scenarioName}</p>
      <UnitDashboardTable />
      <TerrainFiguresSection />
      <CarrierFiguresSection />
      <ColocationSection />
    </section>
  );
}
