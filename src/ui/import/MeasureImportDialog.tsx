import { useMemo } from 'react';
import { isMeasureShown, measureIssueOf, shownMeasureIssue } from '../../app/measure-issues';
import { formatInt } from '../../i18n/format';
import { measureIssueText } from '../../i18n/measure-strings';
import { useApp, useAppState, useFeatureState } from '../context';
import { useImportT, useMeasureT } from '../i18n-hooks';
import { IssuesTable } from './IssuesTable';
import { MeasureMappingStep } from './MeasureMappingStep';
import { ReadProgress } from './ReadProgress';
import './import.css';

/** A measurements CSV: the column of each field (editable), the counts and the line-by-line report, then import (one undo step). */
export function MeasureImportDialog() {
  const measurements = useApp().actions.measurements;
  const dialog = useFeatureState(measurements.state, (s) => s.dialog);
  const lang = useAppState((s) => s.lang);
  const t = useMeasureT();
  const ti = useImportT();
  const read = dialog?.read ?? null;
  const issues = useMemo(() => (read ? read.issues.map(shownMeasureIssue) : []), [read]);
  if (!dialog) return null;
  const refusal = read?.refused ? read.issues.find((i) => i.line === 0 && i.severity === 'error') : undefined;
  const n = (v: number) => formatInt(lang, v);
  return (
    <div className="dialog import-dialog" role="dialog" aria-modal="true" aria-labelledby="measure-title" data-testid="measure-dialog" data-busy={dialog.progress !== null}>
      <h2 id="measure-title">
        {t('measTitle', { file: dialog.fileName })}
        <button type="button" className="close" aria-label={ti('close')} data-testid="measure-close" onClick={() => void measurements.close()}>×</button>
      </h2>
      {dialog.progress && <ReadProgress progress={dialog.progress} onCancel={() => measurements.cancel()} />}
      {read && refusal && (
        <p className="field-error" role="alert" data-testid="measure-refused" data-code={refusal.code}>
          {t('measRefused', { file: dialog.fileName })} {measureIssueText(lang, refusal)}
        </p>
      )}
      {read && !read.refused && (
        <p data-testid="measure-summary" data-rows={read.rows} data-samples={read.samples} data-rejected={read.rows - read.samples}>
          {t('measSummary', { rows: n(read.rows), samples: n(read.samples), rejected: n(read.rows - read.samples) })}
        </p>
      )}
      {read && read.headers.length > 0 && <MeasureMappingStep dialog={dialog} read={read} />}
      {read && <IssuesTable issues={issues} reason={(i) => (isMeasureShown(i) ? measureIssueText(lang, measureIssueOf(i)) : '')} />}
      {read && (
        <div className="import-footer">
          {!read.refused && (
            <button type="button" className="primary" data-testid="measure-commit" onClick={() => void measurements.commit()}>
              {t('measCommit', { n: n(read.samples) })}
            </button>
          )}
          <button type="button" data-testid="measure-cancel" onClick={() => void measurements.close()}>{ti('cancel')}</button>
        </div>
      )}
    </div>
  );
}
