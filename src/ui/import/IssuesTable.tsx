import { useMemo, useState } from 'react';
import { useImportT } from '../i18n-hooks';
import { firstLineRanges, groupIssues, type IssueGroup, type ShownIssue } from '../../app/import-issue-groups';
import { useAppState } from '../context';
import { formatInt } from '../../i18n/format';
import { issueReason } from '../../i18n/import-strings';

interface Props {
  issues: readonly ShownIssue[];
  /** Lines the user excluded, and the toggle; absent when rows cannot be excluded. */
  excluded?: readonly number[];
  onExclude?: (line: number) => void;
  /** Includes a line outside the province as read, or stops including it; absent when lines cannot be kept. */
  onKeep?: (line: number) => void;
  /** The reason's text, for issues of another reader's codes (default: the site and layer readers'). */
  reason?: (issue: ShownIssue) => string;
}

/** The button each outside-the-province issue offers: all of them toggle keeping the line as read. */
const KEEP_ACTION: Partial<Record<string, ['includeAnyway' | 'undoFix' | 'unkeep', string]>> = {
  outsideProvince: ['includeAnyway', 'import-include-anyway'],
  outsideFixed: ['undoFix', 'import-undo-fix'],
  outsideIncluded: ['unkeep', 'import-unkeep'],
};

/** Rows shown per kind at first and added by each "show more". */
export const ISSUES_PAGE = 50;

const where = (i: ShownIssue) => (i.line !== undefined ? String(i.line) : i.index !== undefined ? `#${i.index}` : '—');

/** Every problem found in a file, grouped by kind (exact counts), the first rows of each kind and more on request. */
export function IssuesTable({ issues, excluded, onExclude, onKeep, reason }: Props) {
  const t = useImportT();
  const lang = useAppState((s) => s.lang);
  const groups = useMemo(() => groupIssues(issues), [issues]);
  const excludedSet = useMemo(() => new Set(excluded ?? []), [excluded]);
  const [shown, setShown] = useState<Record<string, number>>({});
  const reasonOf = (i: ShownIssue): string => (reason ? reason(i) : issueReason(lang, i));
  if (issues.length === 0) return <p className="hint" data-testid="import-no-issues">{t('noIssues')}</p>;

  const row = (i: ShownIssue, n: number) => {
    const line = i.line;
    const fix = 'fix' in i ? i.fix : undefined;
    const isExcluded = line !== undefined && excludedSet.has(line);
    const keep = 'code' in i && Object.hasOwn(KEEP_ACTION, i.code) ? KEEP_ACTION[i.code] : undefined;
    return (
      <tr key={n} className={`issue-${i.severity}${isExcluded ? ' issue-excluded' : ''}`} data-testid="import-issue" data-line={line ?? ''}
        data-severity={i.severity} data-code={'code' in i ? i.code : ''} data-excluded={isExcluded}>
        <td>{where(i)}</td>
        <td>{i.column ?? ''}</td>
        <td className="import-value">{i.value ?? ''}</td>
        <td>{reasonOf(i)}{isExcluded ? ` (${t('excludedMark')})` : ''}</td>
        <td>{t(i.severity === 'error' ? 'sevError' : 'sevWarning')}</td>
        <td className="import-issue-actions">
          {fix?.applied && <span className="hint">{t('fixApplied')}</span>}
          {keep && onKeep && line !== undefined && !isExcluded && (
            <button type="button" data-testid={keep[1]} onClick={() => onKeep(line)}>{t(keep[0])}</button>
          )}
          {onExclude && line !== undefined && (i.severity === 'warning' || isExcluded) && (
            <button type="button" data-testid="import-exclude" onClick={() => onExclude(line)}>{t(isExcluded ? 'include' : 'exclude')}</button>
          )}
        </td>
      </tr>
    );
  };

  const linesOf = (g: IssueGroup): string => {
    const { ranges, more } = firstLineRanges(g.issues);
    const [only] = ranges;
    const listed = ranges.map(([a, b]) => (a === b ? formatInt(lang, a) : `${formatInt(lang, a)}–${formatInt(lang, b)}`));
    const lines = `${listed.join(', ')}${more ? ', …' : ''}`;
    return t(ranges.length === 1 && only && only[0] === only[1] ? 'groupLine' : 'groupLines', { lines });
  };

  const section = (g: IssueGroup) => {
    const limit = shown[g.key] ?? ISSUES_PAGE;
    const rest = g.issues.length - limit;
    const first = g.issues[0];
    return (
      <tbody key={g.key} data-testid="import-issue-group" data-kind={g.key} data-count={g.issues.length}>
        <tr className="import-issue-group">
          <th colSpan={6}>
            {g.fileWide
              ? t('groupFile', { n: formatInt(lang, g.issues.length) })
              : t(g.severity === 'error' ? 'groupErrors' : 'groupWarnings', {
                n: formatInt(lang, g.issues.length), example: first ? reasonOf(first) : '', lines: linesOf(g),
              })}
          </th>
        </tr>
        {g.issues.slice(0, limit).map(row)}
        {rest > 0 && (
          <tr>
            <td colSpan={6}>
              <button type="button" data-testid="import-issues-more" onClick={() => setShown({ ...shown, [g.key]: limit + ISSUES_PAGE })}>
                {t('showMore', { n: formatInt(lang, Math.min(rest, ISSUES_PAGE)), left: formatInt(lang, rest) })}
              </button>
            </td>
          </tr>
        )}
      </tbody>
    );
  };

  return (
    <div className="import-scroll">
      <table className="mini import-issues" data-testid="import-issues">
        <thead>
          <tr>
            <th>{t('colLine')}</th><th>{t('colColumn')}</th><th>{t('colValue')}</th><th>{t('colReason')}</th><th>{t('colSeverity')}</th><th />
          </tr>
        </thead>
        {groups.map(section)}
      </table>
    </div>
  );
}
