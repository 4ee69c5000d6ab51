import { useEffect } from 'react';
import { useApp, useAppState, useT } from './context';

/** Map tools: move mode for sites (M toggles, Esc leaves) and discarding scenario edits. */
export function MapToolbar() {
  const { store, actions } = useApp();
  const t = useT();
  const moveMode = useAppState((s) => s.moveMode);
  const edits = useAppState((s) => Object.keys(s.siteEdits).length);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      if (e.key === 'Escape') store.set({ moveMode: false });
      else if ((e.key === 'm' || e.key === 'M') && !e.ctrlKey && !e.metaKey && !e.altKey) store.set({ moveMode: !store.get().moveMode });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <div className="map-toolbar">
      <button type="button" aria-pressed={moveMode} data-testid="move-mode" className={moveMode ? 'active' : undefined} onClick={() => store.set({ moveMode: !moveMode })}>
        ✥ {t('moveSites')}
      </button>
      {edits > 0 && (
        <button type="button" data-testid="reset-edits" onClick={() => void actions.resetEdits()}>
          ↺ {t('resetEdits', { n: edits })}
        </button>
      )}
      {moveMode && <span className="toolbar-hint">{t('moveSitesHint')}</span>}
    </div>
  );
}
