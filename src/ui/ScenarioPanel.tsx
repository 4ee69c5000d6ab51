import { activeScenario } from '../app/scenarios';
import { useApp, useAppState, useT } from './context';

/** The project's scenarios: switch, create, duplicate, rename, annotate, delete, and compare two of them. */
export function ScenarioPanel() {
  const { actions } = useApp();
  const t = useT();
  const scenarios = useAppState((s) => s.scenarios);
  const active = useAppState((s) => activeScenario(s));
  const compare = useAppState((s) => s.compare);
  const planner = actions.planner;
  if (!active) return null;
  const n = (x: unknown[] | Record<string, unknown>) => (Array.isArray(x) ? x.length : Object.keys(x).length);

  return (
    <section className="panel scenarios" aria-labelledby="scenarios-title" data-testid="scenarios">
      <h2 id="scenarios-title">{t('scenarios')}</h2>
      <label className="row">
        <select value={active.id} data-testid="scenario-select" aria-label={t('scenarios')} onChange={(e) => planner.switchScenario(e.target.value)}>
          {scenarios.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
        </select>
      </label>
      <label className="stack">
        <span>{t('scenarioName')}</span>
        <input value={active.name} data-testid="scenario-name" onChange={(e) => planner.renameScenario(active.id, e.target.value)} onBlur={() => planner.endGesture()} />
      </label>
      <label className="stack">
        <span>{t('scenarioNote')}</span>
        <textarea rows={2} value={active.note} data-testid="scenario-note" onChange={(e) => planner.setScenarioNote(active.id, e.target.value)} onBlur={() => planner.endGesture()} />
      </label>
      <p className="hint" data-testid="scenario-summary">
        {t('scenarioEdits', { edited: n(active.siteEdits), added: n(active.addedSites), removed: n(active.removedSiteIds) })}
      </p>
      <div className="dialog-buttons">
        <button type="button" data-testid="scenario-new" onClick={() => planner.addScenario(false)}>{t('scenarioNew')}</button>
        <button type="button" data-testid="scenario-duplicate" onClick={() => planner.addScenario(true)}>{t('scenarioDuplicate')}</button>
        <button
          type="button"
          data-testid="scenario-delete"
          disabled={scenarios.length <= 1}
          onClick={() => {
            if (window.confirm(t('confirmDeleteScenario', { name: active.name }))) planner.deleteScenario(active.id);
          }}
        >
          {t('scenarioDelete')}
        </button>
      </div>
      <label className="row">
        <span>{t('compareWith')}</span>
        <select
          data-testid="compare-with"
          value={compare ? (compare.aId ?? 'baseline') : ''}
          onChange={(e) => {
            const v = e.target.value;
            if (v === '') planner.closeCompare();
            else void planner.compare(v === 'baseline' ? null : v, active.id);
          }}
        >
          <option value="">—</option>
          <option value="baseline">{t('baseline')}</option>
          {scenarios.filter((x) => x.id !== active.id).map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
        </select>
      </label>
    </section>
  );
}
