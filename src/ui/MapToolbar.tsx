import { useEffect } from 'react';
import type { Tool } from '../app/state';
import { activeScenario } from '../app/scenarios';
import { editCount, NO_EDITS } from '../domain/scenario/scenario-edits';
import { useApp, useAppState, useFeatureState, useT } from './context';
import { useProfileT } from './i18n-hooks';
import type { StringKey } from '../i18n/strings';
import { resetEditsLabel } from '../i18n/counted-texts';

const TOOLS: { tool: Tool; key: string; label: StringKey; icon: string }[] = [
  { tool: 'select', key: 'v', label: 'toolSelect', icon: '➤' },
  { tool: 'move', key: 'm', label: 'toolMove', icon: '✥' },
  { tool: 'propose', key: 'p', label: 'toolPropose', icon: '⊕' },
];

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) || el.isContentEditable);
}

/** Map tools (V, M, P, R for the terrain profile; Esc back to select), undo/redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y), Delete for the selected site. */
export function MapToolbar() {
  const { store, actions } = useApp();
  const t = useT();
  const tool = useAppState((s) => s.tool);
  const lang = useAppState((s) => s.lang);
  const canUndo = useAppState((s) => s.canUndo);
  const canRedo = useAppState((s) => s.canRedo);
  const edits = useAppState((s) => editCount(activeScenario(s) ?? NO_EDITS));
  const pt = useProfileT();
  const profileStarted = useFeatureState(actions.profile.store, (s) => s.from !== null && s.to === null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target)) return;
      const planner = actions.planner;
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && !e.altKey) {
        if (key === 'z' && !e.shiftKey) planner.undo();
        else if ((key === 'z' && e.shiftKey) || key === 'y') planner.redo();
        else return;
        e.preventDefault();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') store.set({ tool: 'select' });
      else if (e.key === 'Delete' || e.key === 'Backspace') {
        const sel = store.get().selection;
        if (sel.kind === 'site') planner.deleteSite(sel.id);
      } else {
        const hit = key === 'r' ? 'profile' : TOOLS.find((x) => x.key === key)?.tool;
        if (hit) store.set({ tool: store.get().tool === hit ? 'select' : hit });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, actions]);

  return (
    <div className="map-toolbar" role="toolbar">
      {TOOLS.map((x) => (
        <button
          key={x.tool}
          type="button"
          aria-pressed={tool === x.tool}
          data-testid={`tool-${x.tool}`}
          className={tool === x.tool ? 'active' : undefined}
          title={t(x.label)}
          onClick={() => store.set({ tool: x.tool })}
        >
          {x.icon} {t(x.label)}
        </button>
      ))}
      <button
        type="button"
        aria-pressed={tool === 'profile'}
        data-testid="tool-profile"
        className={tool === 'profile' ? 'active' : undefined}
        title={pt('tool')}
        onClick={() => store.set({ tool: 'profile' })}
      >
        △ {pt('tool')}
      </button>
      <button type="button" data-testid="undo" disabled={!canUndo} title={t('undo')} aria-label={t('undo')} onClick={() => actions.planner.undo()}>
        ↶
      </button>
      <button type="button" data-testid="redo" disabled={!canRedo} title={t('redo')} aria-label={t('redo')} onClick={() => actions.planner.redo()}>
        ↷
      </button>
      {edits > 0 && (
        <button type="button" data-testid="reset-edits" onClick={() => actions.planner.resetScenario()}>
          ↺ {resetEditsLabel(lang, edits)}
        </button>
      )}
      {tool === 'move' && <span className="toolbar-hint">{t('moveSitesHint')}</span>}
      {tool === 'propose' && <span className="toolbar-hint">{t('toolProposeHint')}</span>}
      {tool === 'profile' && <span className="toolbar-hint" data-testid="profile-hint">{pt(profileStarted ? 'hintEnd' : 'hintStart')}</span>}
    </div>
  );
}
