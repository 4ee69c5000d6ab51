import { useEffect } from 'react';
import { useRulesT } from '../i18n-hooks';
import { visibleRows } from '../../app/rules-actions';
import { underservedCsv, underservedGeojson } from '../../app/rules-export';
import { useApp, useAppState } from '../context';
import { downloadText } from '../../io/download';
import { carrierLabel } from '../../i18n/rules-strings';
import { ProposerSection } from './ProposerSection';
import { UnderservedRulesForm } from './UnderservedRulesForm';
import { UnderservedTable } from './UnderservedTable';
import { useRules, useRulesState } from './use-rules';
import './rules.css';

/** Villages without adequate mobile or fixed service, ranked, with the rules that define them and the site proposer. */
export function UnderservedPanel() {
  const { store } = useApp();
  const rules = useRules();
  const t = useRulesT();
  const lang = useAppState((s) => s.lang);
  const figures = useAppState((s) => s.figures);
  const units = useAppState((s) => s.dataset?.units);
  const answer = useRulesState((s) => s.underserved);
  const commune = useRulesState((s) => s.commune);
  const carrier = useRulesState((s) => s.carrier);
  const busy = useRulesState((s) => s.underservedBusy);
  const rows = visibleRows({ underserved: answer, commune });

  useEffect(() => {
    void rules.refreshUnderserved();
  }, [rules, figures]);
  useEffect(() => () => rules.clearHighlight('underserved'), [rules]);

  const exportAs = (format: 'csv' | 'geojson') => {
    const villages = store.get().dataset?.villages ?? [];
    if (format === 'csv') downloadText('thon-lom-song.csv', underservedCsv(rows, lang), 'text/csv');
    else downloadText('thon-lom-song.geojson', underservedGeojson(rows, villages, lang), 'application/geo+json');
  };

  return (
    <section className="panel rules-panel" aria-labelledby="us-title" data-testid="underserved">
      <h2 id="us-title">{t('usTitle')}</h2>
      <UnderservedRulesForm />
      <details>
        <summary>{t('formulaTitle')}</summary>
        <p className="formula" data-testid="us-formula">{t('formula')}</p>
      </details>
      <div className="filters">
        <label>
          {t('filterCommune')}{' '}
          <select value={commune ?? ''} data-testid="us-commune" onChange={(e) => rules.setFilter({ commune: e.target.value || null })}>
            <option value="">{t('all')}</option>
            {(units ?? []).map((u) => <option key={u.code} value={u.code}>{u.name}</option>)}
          </select>
        </label>
        <label>
          {t('filterCarrier')}{' '}
          <select value={carrier ?? ''} data-testid="us-carrier" onChange={(e) => rules.setFilter({ carrier: e.target.value || null })}>
            <option value="">{t('all')}</option>
            {(answer?.carriers ?? []).map((c) => <option key={c} value={c}>{carrierLabel(lang, c)}</option>)}
          </select>
        </label>
      </div>
      <p className="hint" data-testid="us-count" data-count={rows.length} data-ready={answer && !busy ? 'true' : 'false'}>
        {busy ? t('working') : t('rowsShown', { n: rows.length, total: answer?.total ?? 0 })}
      </p>
      {answer && rows.length === 0 && !busy && <p className="hint" data-testid="us-empty">{t('noRows')}</p>}
      {rows.length > 0 && <UnderservedTable rows={rows} />}
      <div className="dialog-buttons">
        <button type="button" data-testid="us-export-csv" disabled={rows.length === 0} onClick={() => exportAs('csv')}>{t('exportCsv')}</button>
        <button type="button" data-testid="us-export-geojson" disabled={rows.length === 0} onClick={() => exportAs('geojson')}>{t('exportGeojson')}</button>
      </div>
      <ProposerSection />
    </section>
  );
}
