import { TECHNOLOGIES } from '../domain/model/types';
import { useAppState, useT } from './context';
import { formatInt, formatNumber, formatPct } from '../i18n/format';
import { carrierLabel } from '../i18n/rules-strings';
import { CalibratedLine } from './CalibratedLine';

/** The ministry's indicators for the loaded area. */
export function ProvincePanel() {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const figures = useAppState((s) => s.figures);
  if (!figures) return null;
  const { totals } = figures;
  const rows: [string, number][] = [
    [t('indVillages4g'), totals.pctVillages['4G']],
    [t('indPop4g'), totals.pctPopulation['4G']],
    [t('indPop5g'), totals.pctPopulation['5G']],
    [t('indUnitsFtth'), totals.pctUnitsFtth],
    [t('indVillagesFtth'), totals.pctVillagesFtth],
  ];
  return (
    <section className="panel" aria-labelledby="indicators-title" data-testid="indicators">
      <h2 id="indicators-title">{t('indicators')}</h2>
      <CalibratedLine testId="indicators-calibrated" />
      <dl className="indicators">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatPct(lang, value)}</dd>
          </div>
        ))}
      </dl>
      <table className="mini">
        <thead>
          <tr>
            <th>{t('indBts')}: {formatInt(lang, totals.sites)}</th>
            {TECHNOLOGIES.map((x) => (
              <th key={x}>{x}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Object.entries(totals.btsByCarrierTech).map(([carrier, byTech]) => (
            <tr key={carrier}>
              <th>{carrierLabel(lang, carrier)}</th>
              {TECHNOLOGIES.map((x) => (
                <td key={x}>{formatInt(lang, byTech[x])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        {t('fibreTotals', {
          aerial: formatNumber(lang, totals.fibreKm.aerial, 0),
          underground: formatNumber(lang, totals.fibreKm.underground, 0),
          duct: formatNumber(lang, totals.fibreKm.duct, 0),
        })}
      </p>
    </section>
  );
}
