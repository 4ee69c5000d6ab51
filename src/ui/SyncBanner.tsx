import './tab-sync.css';
import { useTabSyncT } from './i18n-hooks';
import { useApp, useAppState } from './context';

/**
 * What this tab may do with the open project when another tab has it too: read-only with a button to take
 * over editing, or, after a save refused because the other tab saved first, the choice to reload or keep both.
 */
export function SyncBanner() {
  const { actions } = useApp();
  const sync = useAppState((s) => s.tabSync);
  const name = useAppState((s) => s.project?.name ?? '');
  const tt = useTabSyncT();
  if (sync.conflict) {
    return (
      <div className="sync-banner sync-conflict" role="alert" data-testid="tab-conflict">
        <span>{tt('conflictBanner', { name })}</span>
        <button type="button" data-testid="tab-reload" onClick={() => void actions.projects.reloadStored()}>
          {tt('reloadStored')}
        </button>
        <button type="button" data-testid="tab-keep-both" onClick={() => void actions.projects.keepBoth()}>
          {tt('keepBoth')}
        </button>
      </div>
    );
  }
  if (sync.mode === 'read-only') {
    return (
      <div className="sync-banner sync-read-only" role="status" data-testid="tab-read-only">
        <span>
          {tt('readOnlyBanner', { name })}
          {sync.behind ? ` ${tt('readOnlyStale')}` : ''}
        </span>
        <button type="button" data-testid="tab-take-over" onClick={() => void actions.projects.takeOver()}>
          {tt('takeOver')}
        </button>
      </div>
    );
  }
  return null;
}
