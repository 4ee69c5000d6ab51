/**
 * When the browser cannot keep the project (full disk, no IndexedDB), the notice saying so carries an
 * "Export project" button: the work is still in memory and one click saves it as a project file.
 */
import { exportProject, projectFileName } from '../io/store';
import { downloadText } from '../io/download';
import { message } from '../domain/text/message';
import { noticeAction } from './notice-queue';
import { projectFromState } from './project-sync';
import type { AppState, Notice } from './state';
import type { Store } from './store';

type NoticeAction = NonNullable<Notice['actions']>[number];

/** Downloads the open project as a `.phusong.json` file (nothing happens before a project is open). */
export function exportOpenProject(state: Store<AppState>): void {
  const project = projectFromState(state.get());
  if (project) downloadText(projectFileName(project), exportProject(project), 'application/json');
}

export function exportAction(state: Store<AppState>): NoticeAction {
  return noticeAction(state.get().lang, message('reliability', 'exportProject'), () => exportOpenProject(state));
}

function withAction(n: Notice, action: NoticeAction): Notice {
  return { ...n, actions: [...(n.actions ?? []), action] };
}

/**
 * Runs `raise`, which posts notices, and gives each warning or error it posted the export button.
 * Returns the ids of those notices.
 */
export function withExportOffer(state: Store<AppState>, raise: () => void): number[] {
  const before = new Set(state.get().notices.map((n) => n.id));
  raise();
  const raised = state.get().notices.filter((n) => !before.has(n.id) && n.level !== 'info').map((n) => n.id);
  if (raised.length > 0) {
    const action = exportAction(state);
    state.set((s) => ({ notices: s.notices.map((n) => (raised.includes(n.id) ? withAction(n, action) : n)) }));
  }
  return raised;
}
