import { LAND_COVER_CLASSES } from '../../domain/model/land-cover';
import { calibratedLine } from '../../i18n/calibration-strings';
import { dbmText } from '../../i18n/measure-text';
import { useApp, useAppState } from '../context';
import { useCalibrationT, useLandCoverT, useMeasureT } from '../i18n-hooks';

/** The calibration applied to the coverage: its offsets by class, its source and the line every figure carries. */
export function AppliedCalibrationNote() {
  const { actions } = useApp();
  const lang = useAppState((s) => s.lang);
  const calibration = useAppState((s) => s.calibration);
  const t = useCalibrationT();
  const measureT = useMeasureT();
  const lcT = useLandCoverT();
  const className = (c: number) => {
    const k = LAND_COVER_CLASSES[c - 1];
    return k ? lcT(`class-${k}`) : measureT('statsUnknownClass');
  };
  if (!calibration) return null;
  const offsets = calibration.offsetsDb.map((v, code) => ({ v, code })).filter((o) => o.v !== 0);
  return (
    <div className="calibration-applied" data-testid="calibration-applied" data-samples={calibration.samples}>
      <strong>{t('calTitle')}</strong>: {calibratedLine(lang, calibration)}
      <p className="hint">{t('calSource', { file: calibration.fileName, date: calibration.appliedAt.slice(0, 10) })}</p>
      <ul data-testid="calibration-offsets">
        {offsets.map((o) => <li key={o.code} data-code={o.code}>{className(o.code)}: {dbmText(Math.round(o.v * 10) / 10)} dB</li>)}
      </ul>
      <button type="button" data-testid="calibration-remove" onClick={() => actions.measurements.removeCalibration()}>{t('calRemove')}</button>
    </div>
  );
}
