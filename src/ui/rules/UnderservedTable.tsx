import type { UnderservedVillage } from '../../domain/rules';
import { useRulesT } from '../i18n-hooks';
import { underservedReasonI18n } from '../../app/rules-reason-text';
import { useAppState } from '../context';
import { formatInt, formatNumber } from '../../i18n/format';
import { useRules } from './use-rules';

const MAX_ROWS = 300;

/** The ranked villages; a click selects the village on the map. */
export function UnderservedTable({ rows }: { rows: readonly UnderservedVillage[] }) {
  const rules = useRules();
  const t = useRulesT();
  const lang = useAppState((s) => s.lang);
  const selection = useAppState((s) => s.selection);
  const selectedId = selection.kind === 'village' ? selection.id : null;
  return (
    <div className="rules-scroll">
      <table className="rules-table" data-testid="us-table">
        <thead>
          <tr>
            <th>{t('colRank')}</th><th>{t('colVillage')} · {t('colCommune')}</th><th>{t('colPopulation')}</th><th>{t('colScore')}</th>
          </tr>
        </thead>
        {rows.slice(0, MAX_ROWS).map((r) => (
          <tbody key={r.villageId} data-testid="us-row" className={r.villageId === selectedId ? 'selected' : undefined} onClick={() => rules.selectVillage(r.villageId)}>
            <tr>
              <td>{r.rank}</td>
              <td className="name"><strong>{r.name}</strong> · {r.unitName}</td>
              <td>{formatInt(lang, r.population)}</td>
              <td>{formatNumber(lang, r.score, 1)}</td>
            </tr>
            <tr className="reason-row">
              <td colSpan={4} className="reasons" data-testid="us-reasons">{r.reasonCodes.map((x) => underservedReasonI18n(lang, x)).join('; ')}</td>
            </tr>
          </tbody>
        ))}
      </table>
      {rows.length > MAX_ROWS && <p className="hint">{t('moreRows', { n: rows.length - MAX_ROWS })}</p>}
    </div>
  );
}
