import { useEffect } from 'react';
import { useRulesT } from '../i18n-hooks';
import { useAppState } from '../context';
import { formatInt } from '../../i18n/format';
import { carrierLabel } from '../../i18n/rules-strings';
import { NumberField } from './NumberField';
import { useRules, useRulesState } from './use-rules';
import { DEFAULT_COLOCATION_DISTANCE_M } from '../../domain/rules';

/** Sites of different carriers standing close together: candidates for sharing one mast (highlighted on the map). */
export function ColocationSection() {
  const rules = useRules();
  const t = useRulesT();
  const lang = useAppState((s) => s.lang);
  const distance = useRulesState((s) => s.colocDistanceM);
  const pairs = useRulesState((s) => s.colocation);
  useEffect(() => () => rules.clearHighlight('colocation'), [rules]);
  return (
    <div data-testid="dash-coloc">
      <h3>{t('coloc')}</h3>
      <NumberField label={t('colocDistance')} hint={t('defaultIs', { v: DEFAULT_COLOCATION_DISTANCE_M })} min={0} max={5000} step={10}
        testId="coloc-distance" value={distance} onChange={(v) => void rules.findColocation(v)} />
      <button type="button" data-testid="coloc-find" onClick={() => void rules.findColocation(distance)}>{t('colocFind')}</button>
      {pairs && (
        <>
          <p className="hint" data-testid="coloc-count">{t('colocPairs', { n: formatInt(lang, pairs.length), m: formatInt(lang, distance) })}</p>
          {pairs.length > 0 && (
            <div className="rules-scroll">
              <table className="rules-table">
                <thead>
                  <tr><th>{t('colSiteA')}</th><th>{t('colSiteB')}</th><th>{t('colDistance')}</th></tr>
                </thead>
                <tbody>
                  {pairs.slice(0, 200).map((p) => (
                    <tr key={`${p.siteA}|${p.siteB}`}>
                      <td>{p.siteA} · {carrierLabel(lang, p.carrierA)}</td>
                      <td>{p.siteB} · {carrierLabel(lang, p.carrierB)}</td>
                      <td>{formatInt(lang, p.distanceM)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
