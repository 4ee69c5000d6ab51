import type { BoundaryActions } from '../../app/boundaries-actions';
import { usePrintT } from '../i18n-hooks';
import { codeTableIssueText } from '../../app/boundaries-issue-text';
import type { BoundariesState } from '../../app/boundaries-store';
import type { Lang } from '../../i18n/strings';

const SHOWN_ISSUES = 50;

/** Load an old-new code CSV as the crosswalk (or go back to area overlap), and list the rows it left out. */
export function CodeTableField({ b, act, lang }: { b: BoundariesState; act: BoundaryActions; lang: Lang }) {
  const t = usePrintT();
  const summary = b.alt?.summary;
  if (!summary) return null;
  const table = b.codeTable;
  const lists = summary.lists;
  const listsUsed = lists?.usable ?? false;
  return (
    <div className="print-code-table">
      <p data-testid="crosswalk-source" data-source={summary.source}>
        {summary.source === 'table'
          ? t('crosswalkFromTable', { file: summary.tableName })
          : summary.source === 'lists' && lists
            ? t('crosswalkFromLists', { matched: lists.matchedOld, total: lists.oldUnits })
            : t('crosswalkFromOverlap')}
      </p>
      {lists && !listsUsed && <p className="hint" data-testid="crosswalk-lists-unused">{t('listsUnused', { matched: lists.matchedOld, total: lists.oldUnits })}</p>}
      {lists && lists.unknown.length > 0 && (
        <p className="hint" data-testid="crosswalk-lists-unknown">{t('listsUnknown', { n: lists.unknown.length, codes: lists.unknown.slice(0, SHOWN_ISSUES).join(', ') })}</p>
      )}
      <div className="print-actions">
        <label className="file-button" title={t('codeTableHint')}>
          {t('loadCodeTable')}
          <input
            type="file"
            accept=".csv,.txt,text/csv"
            data-testid="crosswalk-table-file"
            disabled={b.busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void file.text().then((text) => act.loadCodeTable(file.name, text));
            }}
          />
        </label>
        {summary.source !== 'overlap' && (
          <button type="button" data-testid="crosswalk-use-overlap" disabled={b.busy} onClick={() => void act.useOverlap()}>
            {t('useOverlap')}
          </button>
        )}
        {listsUsed && summary.source !== 'lists' && (
          <button type="button" data-testid="crosswalk-use-lists" disabled={b.busy} onClick={() => void act.useOverlap('lists')}>
            {t('useLists')}
          </button>
        )}
      </div>
      <p className="hint">{t('codeTableHint')}</p>
      {table && !table.used && <p className="print-error" role="alert" data-testid="code-table-unused">{t('codeTableUnused', { file: table.fileName })}</p>}
      {table && table.issues.length > 0 && (
        <details open data-testid="code-table-issues" data-count={table.issues.length}>
          <summary>{t('codeTableIssues', { n: table.issues.length, file: table.fileName })}</summary>
          <ul>
            {table.issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
              <li key={i} data-line={issue.line} data-problem={issue.problem}>{codeTableIssueText(lang, issue)}</li>
            ))}
          </ul>
          {table.issues.length > SHOWN_ISSUES && <p className="hint">… +{table.issues.length - SHOWN_ISSUES}</p>}
        </details>
      )}
    </div>
  );
}
