import { useEffect } from 'react';
import type { CoverageFigures } from '../../domain/coverage';
import { formatPct } from '../../i18n/format';
import type { RulesKey } from '../../i18n/rules-strings';
import { useAppState } from '../context';
import { useRulesT } from '../i18n-hooks';
import { useRules, useRulesState } from './use-rules';

const INDICATORS: { id: string; key: RulesKey; value(f: CoverageFigures): number }[] = [
  { id: 'area4g', key: 'dArea4g', value: (f) => f.totals.pctAreaCovered['4G'] },
  { id: 'villages4g', key: 'dVillages4g', value: (f) => f.totals.pctVillages['4G'] },
  { id: 'pop4g', key: 'dPop4g', value: (f) => f.totals.pctPopulation['4G'] },
  { id: 'pop5g', key: 'dPop5g', value: (f) => f.totals.pctPopulation['5G'] },
];

/** The active scenario's indicators with the terrain term and on open ground, computed in the worker when asked for. */
export function TerrainFiguresSection() {
  const rules = useRules();
  const t = useRulesT();
  const lang = useAppState((s) => s.lang);
  const hasElevation = useAppState((s) => s.dataset?.elevation !== undefined);
  const scenario = useAppState((s) => s.figures);
  const figures = useRulesState((s) => s.terrainFigures);
  const busy = useRulesState((s) => s.terrainBusy);
  // Once asked for, the comparison follows the scenario.
  useEffect(() => {
    if (scenario && rules.store.get().terrainFigures) void rules.loadTerrainFigures();
  }, [rules, scenario]);
  if (!hasElevation) return null;
  return (
    <div data-testid="dash-terrain">
      <h3>{t('terrainCompare')}</h3>
      <button type="button" data-testid="dash-terrain-load" disabled={busy} onClick={() => void rules.loadTerrainFigures()}>
        {busy ? t('working') : t('terrainCompareLoad')}
      </button>
      {figures && (
        <table className="dashboard">
          <thead>
            <tr><th>{t('colIndicator')}</th><th>{t('withTerrain')}</th><th>{t('openGround')}</th></tr>
          </thead>
          <tbody>
            {INDICATORS.map((r) => (
              <tr key={r.id} data-testid={`dash-terrain-${r.id}`}>
                <td>{t(r.key)}</td>
                <td data-testid="dash-terrain-on">{formatPct(lang, r.value(figures.withTerrain))}</td>
                <td data-testid="dash-terrain-off">{formatPct(lang, r.value(figures.openGround))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
