import { useState } from 'react';
import { LAND_COVER_CLASSES } from '../../domain/model/land-cover';
import { formatInt } from '../../i18n/format';
import { dbmText } from '../../i18n/measure-text';
import { useApp, useAppState, useFeatureState } from '../context';
import { useCalibrationT, useLandCoverT, useMeasureT } from '../i18n-hooks';
import type { HoldOut } from '../../worker/measure-view';
import { AppliedCalibrationNote } from './AppliedCalibrationNote';

const SHARES = [0.1, 0.2, 0.3];
const SHARE_CHOICES: HoldOut[] = SHARES.map((share) => ({ kind: 'share', share }));
const DEFAULT_CHOICE = 1;
const DEFAULT_HOLD_OUT: HoldOut = { kind: 'share', share: 0.2 };
const db = (v: number) => (Number.isFinite(v) ? dbmText(Math.round(v * 10) / 10) : '—');

/**
 * Fits per land-cover class offsets (and optionally the distance slope, and with indoor samples), holding out a share of the samples or, when the
 * file names its routes, a whole route, and shows them with their counts, refusals and bounds.
 */
export function CalibrationPreview() {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  const { fit, fitting } = useFeatureState(actions.measurements.state, (s) => s);
  const routes = useFeatureState(actions.measurements.state, (s) => s.layer?.routes ?? null);
  const [choice, setChoice] = useState(DEFAULT_CHOICE);
  const [slope, setSlope] = useState(false);
  const [indoor, setIndoor] = useState(false);
  const choices: HoldOut[] = routes && routes.length > 1
    ? [...SHARE_CHOICES, ...routes.map((route): HoldOut => ({ kind: 'route', route }))] : SHARE_CHOICES;
  const holdOut = choices[choice] ?? DEFAULT_HOLD_OUT;
  const t = useMeasureT();
  const lcT = useLandCoverT();
  const calT = useCalibrationT();
  const className = (c: number) => {
    const k = LAND_COVER_CLASSES[c - 1];
    return k ? lcT(`class-${k}`) : t('statsUnknownClass');
  };
  const f = fit?.fit;
  return (
    <div data-testid="measure-fit">
      <h3>{t('fitTitle')}</h3>
      <AppliedCalibrationNote />
      <label className="row">
        {t('fitHeldOut')}{' '}
        <select value={choices[choice] ? choice : DEFAULT_CHOICE} data-testid="measure-fit-share" onChange={(e) => setChoice(Number(e.target.value))}>
          {choices.map((h, i) => (
            <option key={i} value={i}>{h.kind === 'share' ? `${Math.round(h.share * 100)} %` : t('fitRoute', { route: h.route })}</option>
          ))}
        </select>
      </label>
      <label className="row">
        <input type="checkbox" data-testid="measure-fit-slope" checked={slope} onChange={(e) => setSlope(e.target.checked)} />
        {t('fitSlopeOption')}
      </label>
      <label className="row">
        <input type="checkbox" data-testid="measure-fit-indoor" checked={indoor} onChange={(e) => setIndoor(e.target.checked)} />
        {t('fitIndoorOption')}
      </label>
      <div className="row">
        <button type="button" data-testid="measure-fit-run" disabled={fitting} onClick={() => void actions.measurements.fitCalibration(holdOut, slope, indoor)}>
          {t(fitting ? 'fitBusy' : 'fitRun')}
        </button>
      </div>
      {fit && f && (
        <>
          <p data-testid="measure-fit-summary" data-before={f.before.rmseDb} data-after={f.after.rmseDb}>
            {t('fitSummary', {
              train: formatInt(lang, f.trainSamples), held: formatInt(lang, f.heldOutSamples), before: db(f.before.rmseDb), after: db(f.after.rmseDb),
            })}
          </p>
          {f.slopeDbPerDecade !== null && (
            <p data-testid="measure-fit-slope-value" data-slope={f.slopeDbPerDecade}>
              {t('fitSlope', { slope: db(f.slopeDbPerDecade), from: formatInt(lang, Math.round(10 ** f.log10RefM)) })}
            </p>
          )}
          <div className="measure-table">
            <table className="mini" data-testid="measure-fit-offsets">
              <thead><tr><th>{t('statsGroup')}</th><th>{t('statsSamples')}</th><th>{t('fitOffset')}</th><th>{t('fitNote')}</th></tr></thead>
              <tbody>
                {f.classes.map((c) => (
                  <tr key={c.code} data-code={c.code} data-offset={c.offsetDb} data-refused={c.needs !== null}>
                    <td>{className(c.code)}</td><td>{formatInt(lang, c.trainSamples)}</td><td>{c.needs === null ? db(c.offsetDb) : '—'}</td>
                    <td>
                      {c.needs !== null ? t('fitRefused', { n: formatInt(lang, c.trainSamples), needs: formatInt(lang, c.needs) })
                        : c.clipped ? t('fitBounded', { fitted: db(c.fittedDb), bound: fit.boundDb }) : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{calT('calReview')}</p>
          <button type="button" data-testid="measure-fit-apply" onClick={() => actions.measurements.applyCalibration()}>{calT('calApply')}</button>
        </>
      )}
    </div>
  );
}
