import { useApp, useAppState, useT } from './context';
import { formatInt, formatNumber } from '../i18n/format';
import { deltaSummaryText } from '../i18n/counted-texts';
import type { Lang } from '../i18n/strings';
import { isLevelChangeEmpty, type LevelChange } from '../domain/scenario/level-change';

const signed = (lang: Lang, n: number, digits = 0) => (n > 0 ? '+' : n < 0 ? '−' : '±') + formatNumber(lang, Math.abs(n), digits);

/** An empty delta of a scenario with edits: what it does to levels and best servers where coverage stays the same. */
function LevelChangeText({ change }: { change: LevelChange }) {
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const km2 = (x: number) => formatNumber(lang, x, x < 10 ? 2 : 1);
  const db = (x: number) => formatNumber(lang, x, 1);
  const step = formatNumber(lang, change.stepDb, 0);
  return (
    <div className="hint" data-testid="delta-levels">
      <p>{t('deltaLevelsLead')}</p>
      {isLevelChangeEmpty(change) && <p>{t('deltaLevelsSame', { step })}</p>}
      {change.strongerKm2 > 0 && (
        <p data-testid="delta-levels-stronger">
          {t('deltaLevelsStronger', { step, area: km2(change.strongerKm2), gain: db(change.meanGainDb) })}
          {change.strongerCoveredKm2 > 0 && <> {t('deltaLevelsOverlap', { area: km2(change.strongerCoveredKm2) })}</>}
        </p>
      )}
      {change.weakerKm2 > 0 && <p>{t('deltaLevelsWeaker', { step, area: km2(change.weakerKm2), loss: db(change.meanLossDb) })}</p>}
    </div>
  );
}

/** What the active scenario changes against the baseline, updated after every edit. */
export function DeltaPanel() {
  const { store } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const delta = useAppState((s) => s.delta);
  const levels = useAppState((s) => s.deltaLevels);
  if (!delta) return null;
  const netVillages = delta.gained.length - delta.lost.length;
  const empty = delta.gained.length === 0 && delta.lost.length === 0 && delta.units.length === 0;
  return (
    <section className="panel delta" aria-labelledby="delta-title" data-testid="delta">
      <h2 id="delta-title">{t('delta', { tech: delta.tech })}</h2>
      {empty && levels ? (
        <LevelChangeText change={levels} />
      ) : empty ? (
        <p className="hint">{t('deltaNone')}</p>
      ) : (
        <>
          <p className="delta-summary" data-testid="delta-summary">
            {deltaSummaryText(lang, netVillages, { villages: signed(lang, netVillages), people: signed(lang, delta.peopleGained), area: signed(lang, delta.areaKm2Gained, 1) })}
          </p>
          {delta.gained.length > 0 && (
            <p data-testid="delta-gained">
              <strong>{t('deltaGainedVillages')}:</strong> {delta.gained.slice(0, 12).map((v) => `${v.name} (${formatInt(lang, v.population)})`).join(', ')}
              {delta.gained.length > 12 && ` … +${delta.gained.length - 12}`}
            </p>
          )}
          {delta.lost.length > 0 && (
            <p data-testid="delta-lost">
              <strong>{t('deltaLostVillages')}:</strong> {delta.lost.slice(0, 12).map((v) => v.name).join(', ')}
              {delta.lost.length > 12 && ` … +${delta.lost.length - 12}`}
            </p>
          )}
          {delta.units.length > 0 && (
            <table className="mini" data-testid="delta-units">
              <caption>{t('deltaUnits')}</caption>
              <thead>
                <tr><th>{t('unit')}</th><th>{t('ppArea')}</th><th>{t('ppPopulation')}</th></tr>
              </thead>
              <tbody>
                {delta.units.slice(0, 10).map((u) => (
                  <tr key={u.code} onClick={() => store.set({ selection: { kind: 'unit', code: u.code } })}>
                    <td>{u.name}</td>
                    <td>{signed(lang, u.areaPp, 1)} pp</td>
                    <td>{signed(lang, u.populationPp, 1)} pp</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
