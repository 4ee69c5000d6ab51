import { calibratedLine } from '../i18n/calibration-strings';
import { useAppState } from './context';

/** "calibrated with N samples, RMSE x dB" beside figures computed with an applied calibration; nothing without one. */
export function CalibratedLine({ testId }: { testId: string }) {
  const lang = useAppState((s) => s.lang);
  const calibration = useAppState((s) => s.calibration);
  if (!calibration) return null;
  return <p className="hint" data-testid={testId}>{calibratedLine(lang, calibration)}</p>;
}
