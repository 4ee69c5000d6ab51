/**
 * Keeps this tab in step with other tabs on the same project: one tab edits (it holds the project's lock), the
 * others are read-only and follow its saves; a read-only tab can take over. The decisions are tab-sync-rules';
 * the browser APIs are behind TabLink; loading and saving are the host's (project-actions).
 */
import type { AppState, TabSync } from './state';
import type { Store } from './store';
import type { LockEvents, TabLink } from './tab-link';
import { onBecomingEditor, onRemoteSave, shouldHandOver, type LocalView, type TabMessage } from './tab-sync-rules';

export interface TabHost {
  /** Saves this tab's pending changes now (nothing when there are none). */
  flush(): Promise<void>;
  /** Replaces the open project by its stored version when that is newer than this tab's. */
  refresh(): Promise<void>;
}

/** How long a tab asking to take over waits for the editing tab to save and let go before it takes the lock. */
const HANDOVER_WAIT_MS = 3000;

export class TabCoordinator {
  constructor(
    private readonly store: Store<AppState>,
    private readonly link: TabLink,
    private readonly host: TabHost,
    private readonly handoverWaitMs = HANDOVER_WAIT_MS,
  ) {
    link.listen((m) => void this.receive(m));
  }

  private view(): LocalView {
    const s = this.store.get();
    return { projectId: s.project?.id ?? null, sync: s.tabSync, unsavedChanges: s.unsavedChanges };
  }

  private setSync(patch: Partial<TabSync>): void {
    this.store.set((s) => ({ tabSync: { ...s.tabSync, ...patch } }));
  }

  private isOpen(projectId: string): boolean {
    return this.store.get().project?.id === projectId;
  }

  private events(projectId: string): LockEvents {
    return {
      onGranted: () => void this.becomeEditor(projectId),
      onLost: () => void this.lost(projectId),
    };
  }

  /** Called when a project is opened: edit it, or follow the tab that does. Projects kept in memory are this tab's alone. */
  async claim(projectId: string): Promise<void> {
    if (!this.store.get().storagePersistent) return;
    const editing = await this.link.claim(projectId, this.events(projectId));
    if (this.isOpen(projectId)) this.setSync({ mode: editing ? 'editing' : 'read-only' });
  }

  /** A save of this tab landed: the read-only tabs follow it. */
  announceSaved(projectId: string, revision: number): void {
    this.link.post({ type: 'saved', projectId, revision });
  }

  /** Asks the editing tab to save and let go; takes the lock anyway if it does not answer in time. */
  async takeOver(): Promise<void> {
    const { project, tabSync } = this.store.get();
    if (!project || tabSync.mode !== 'read-only') return;
    this.link.post({ type: 'handover', projectId: project.id });
    const handed = await this.untilEditing(project.id, this.handoverWaitMs);
    if (handed || !this.isOpen(project.id) || this.store.get().tabSync.mode !== 'read-only') return;
    await this.link.seize(project.id, this.events(project.id));
    await this.becomeEditor(project.id);
  }

  private untilEditing(projectId: string, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (v: boolean) => {
        clearTimeout(timer);
        unsubscribe();
        resolve(v);
      };
      const timer = setTimeout(() => done(false), ms);
      const unsubscribe = this.store.subscribe(() => {
        if (this.isOpen(projectId) && this.store.get().tabSync.mode === 'editing') done(true);
      });
    });
  }

  private async receive(m: TabMessage): Promise<void> {
    const local = this.view();
    if (m.type === 'saved') {
      const action = onRemoteSave(local, m);
      if (action === 'follow') await this.host.refresh();
      else if (action === 'behind') this.setSync({ behind: true });
    } else if (shouldHandOver(local, m)) {
      await this.host.flush();
      if (!this.isOpen(m.projectId)) return;
      this.setSync({ mode: 'read-only' });
      // Queue for the lock: this tab edits again once the other one closes or hands back.
      await this.link.claim(m.projectId, this.events(m.projectId), true);
    }
  }

  private async becomeEditor(projectId: string): Promise<void> {
    if (!this.isOpen(projectId) || this.store.get().tabSync.mode === 'editing') return;
    const next = onBecomingEditor(this.view());
    this.setSync({ mode: 'editing' });
    if (next === 'save') await this.host.flush();
    else await this.host.refresh();
  }

  private async lost(projectId: string): Promise<void> {
    if (!this.isOpen(projectId)) return;
    this.setSync({ mode: 'read-only' });
    await this.link.claim(projectId, this.events(projectId), true);
  }
}
