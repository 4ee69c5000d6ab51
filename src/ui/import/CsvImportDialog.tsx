import { CsvMappingStep } from './CsvMappingStep';
import { useImportT } from '../i18n-hooks';
import { CsvReportStep } from './CsvReportStep';
import { ReadProgress } from './ReadProgress';
import { useImportActions, useImportState } from './use-import';
import { MergeEffectLine } from './MergeEffectLine';
import { ConfirmRemoval } from './ConfirmRemoval';
import { FoldedCsvDialog } from './FoldedCsvDialog';
import './import.css';

/** A carrier's site CSV: map the columns, check the report, then import (one undo step). */
export function CsvImportDialog() {
  const imports = useImportActions();
  const t = useImportT();
  const csv = useImportState((s) => s.csv);
  if (!csv) return null;
  const { read } = csv;
  const carriers = read ? [...new Set(read.sites.map((s) => s.carrier).filter((c) => c !== ''))].join(', ') || '—' : '';
  const busy = csv.progress !== null;
  if (csv.onMap && read) return <FoldedCsvDialog fileName={csv.fileName} read={read} />;

  return (
    <div className="dialog import-dialog" role="dialog" aria-modal="true" aria-labelledby="import-csv-title" data-testid="import-csv-dialog" data-busy={busy}>
      <h2 id="import-csv-title">
        {t('csvTitle', { file: csv.fileName })}
        <button type="button" className="close" aria-label={t('close')} data-testid="import-close" onClick={() => void imports.closeCsv()}>×</button>
      </h2>
      <div className="import-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={csv.step === 'mapping'} data-testid="import-step-mapping" onClick={() => imports.setStep('mapping')}>{t('stepMapping')}</button>
        <button type="button" role="tab" aria-selected={csv.step === 'report'} data-testid="import-step-report" disabled={!read} onClick={() => imports.setStep('report')}>{t('stepReport')}</button>
      </div>
      {csv.progress && <ReadProgress progress={csv.progress} onCancel={() => imports.cancelRead()} />}
      {csv.error && <p className="field-error" role="alert">{t('readFailed', { file: csv.fileName, reason: csv.error })}</p>}
      {read && (csv.step === 'mapping' ? <CsvMappingStep csv={csv} read={read} /> : <CsvReportStep csv={csv} read={read} />)}
      {read && (
        <div className="import-footer">
          {csv.step === 'mapping' ? (
            <button type="button" className="primary" data-testid="import-next" disabled={busy} onClick={() => imports.setStep('report')}>{t('toReport')}</button>
          ) : (
            <>
              <button type="button" data-testid="import-back" onClick={() => imports.setStep('mapping')}>{t('toMapping')}</button>
              <label>
                <input type="radio" name="import-mode" checked={csv.mode === 'replace'} data-testid="import-mode-replace" onChange={() => imports.setMode('replace')} />
                {t('modeReplace', { carriers })}
              </label>
              <label>
                <input type="radio" name="import-mode" checked={csv.mode === 'add'} data-testid="import-mode-add" onChange={() => imports.setMode('add')} />
                {t('modeAdd')}
              </label>
              <label title={t('layerNameHint')}>
                {t('layerName')}{' '}
                <input value={csv.layerName} data-testid="import-layer-name" onChange={(e) => imports.setLayerName(e.target.value)} />
              </label>
              <MergeEffectLine />
              {csv.confirming ? <ConfirmRemoval sites={read.sites.length} /> : (
                <button type="button" className="primary" data-testid="import-commit" disabled={busy || read.sites.length === 0} onClick={() => imports.commitCsv()}>
                  {t('commit', { n: read.sites.length })}
                </button>
              )}
            </>
          )}
          <button type="button" onClick={() => void imports.closeCsv()}>{t('cancel')}</button>
        </div>
      )}
    </div>
  );
}
