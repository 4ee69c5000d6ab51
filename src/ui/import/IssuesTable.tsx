import type { ImportIssue } from '../../domain/model/types';
import type { CsvRowIssue } from '../../io/csv';
import { useImportT } from '../i18n/import-strings';

interface Props {
  issues: readonly CsvRowIssue[];
  /** Offered on issues with a suggested position fix. */
  onFix?: (issue: CsvRowIssue) => void;
  /** Lines the user excluded, and the toggle; absent when rows cannot be excluded. */
  excluded?: readonly number[];
  onExclude?: (line: number) => void;
}

const where = (i: ImportIssue) => (i.line !== undefined ? String(i.line) : i.index !== undefined ? `#${i.index}` : '—');

/** Every problem found in a file, in file order: line, column, value, reason, severity and what can be done. */
export function IssuesTable({ issues, onFix, excluded, onExclude }: Props) {
  const t = useImportT();
  if (issues.length === 0) return <p className="hint" data-testid="import-no-issues">{t('noIssues')}</p>;
  return (
    <div className="import-scroll">
      <table className="mini import-issues" data-testid="import-issues">
        <thead>
          <tr>
            <th>{t('colLine')}</th><th>{t('colColumn')}</th><th>{t('colValue')}</th><th>{t('colReason')}</th><th>{t('colSeverity')}</th><th />
          </tr>
        </thead>
        <tbody>
          {issues.map((i, n) => {
            const line = i.line;
            const isExcluded = line !== undefined && (excluded ?? []).includes(line);
            return (
              <tr key={n} className={`issue-${i.severity}`} data-testid="import-issue" data-line={line ?? ''} data-severity={i.severity}>
                <td>{where(i)}</td>
                <td>{i.column ?? ''}</td>
                <td className="import-value">{i.value ?? ''}</td>
                <td>{i.reason}</td>
                <td>{t(i.severity === 'error' ? 'sevError' : 'sevWarning')}</td>
                <td className="import-issue-actions">
                  {i.fix && (i.fix.applied ? (
                    <span className="hint">{t('fixApplied')}</span>
                  ) : onFix ? (
                    <button type="button" data-testid="import-apply-fix" onClick={() => onFix(i)}>{t('applyFix')}</button>
                  ) : null)}
                  {onExclude && line !== undefined && i.severity === 'warning' && (
                    <button type="button" data-testid="import-exclude" onClick={() => onExclude(line)}>{t(isExcluded ? 'include' : 'exclude')}</button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
