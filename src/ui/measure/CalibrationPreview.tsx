import { useState } from 'react';
import { LAND_COVER_CLASSES } from '../../domain/model/land-cover';
import { formatInt } from '../../i18n/format';
import { dbmText } from '../../i18n/measure-text';
import { useApp, useAppState, useFeatureState } from '../context';
import { useCalibrationT, useLandCoverT, useMeasureT } from '../i18n-hooks';
import { AppliedCalibrationNote } from './AppliedCalibrationNote';

const SHARES = [0.1, 0.2, 0.3];
const db = (v: number) => (Number.isFinite(v) ? dbmText(Math.round(v * 10) / 10) : '—');

/** Fits per land-cover class offsets with a held-out share and shows them with their counts, refusals and bounds. */
export function CalibrationPreview() {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  const { fit, fitting } = useFeatureState(actions.measurements.state, (s) => s);
  const [share, setShare] = useState(0.2);
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
        <select value={share} data-testid="measure-fit-share" onChange={(e) => setShare(Number(e.target.value))}>
          {SHARES.map((s) => <option key={s} value={s}>{Math.round(s * 100)} %</option>)}
        </select>
        <button type="button" data-testid="measure-fit-run" disabled={fitting} onClick={() => void actions.measurements.fitCalibration(share)}>
          {t(fitting ? 'fitBusy' : 'fitRun')}
        </button>
      </label>
      {fit && f && (
        <>
          <p data-testid="measure-fit-summary" data-before={f.before.rmseDb} data-after={f.after.rmseDb}>
            {t('fitSummary', {
              train: formatInt(lang, f.trainSamples), held: formatInt(lang, f.heldOutSamples), before: db(f.before.rmseDb), after: db(f.after.rmseDb),
            })}
          </p>
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
