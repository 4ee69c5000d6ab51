import { isStoreError, type ProjectStore, type StoreError } from '../io/store';
import { projectFromState, savedSlice, sliceChanged } from './project-sync';
import { withExportOffer } from './storage-export-offer';
import type { AppState } from './state';
import type { Store } from './store';
import { maySave } from './tab-sync-rules';

export interface AutosaveEvents {
  /** A save landed as `revision` of the project. */
  saved?(projectId: string, revision: number): void;
  /** A save was refused as stale (another tab saved first); `tabSync.conflict` is set and saving stops. */
  conflict?(e: StoreError): void;
}

/**
 * Saves the open project shortly after anything it keeps changes. One save is one IndexedDB transaction, so a
 * reload mid-save leaves the previous version; a failed save is reported (once while its notice is shown) with
 * an "Export project" button, and the work stays in memory. Each save names the stored revision the state
 * derives from; a save refused as stale leaves the other tab's version stored and this tab's work on screen.
 */
export class Autosave {
  private last: ReturnType<typeof savedSlice> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** Notices about the last failed save; while one is shown, further failures are not announced again. */
  private failureNotices: number[] = [];

  constructor(
    private readonly state: Store<AppState>,
    private readonly projects: ProjectStore,
    private readonly onError: (e: unknown) => void,
    private readonly delayMs = 500,
    private readonly events: AutosaveEvents = {},
  ) {
    this.last = savedSlice(state.get());
    state.subscribe(() => this.onChange());
  }

  /** The state as it is now counts as saved (a project just opened from the store). */
  markSaved(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.last = savedSlice(this.state.get());
    if (this.state.get().unsavedChanges) this.state.set({ unsavedChanges: false });
  }

  private onChange(): void {
    const slice = savedSlice(this.state.get());
    if (this.last && !sliceChanged(this.last, slice)) return;
    this.last = slice;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
    if (!this.state.get().unsavedChanges) this.state.set({ unsavedChanges: true });
  }

  /** Saves now (after any save under way). */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.saving = this.saving.then(async () => {
      const taken = this.state.get();
      if (!maySave(taken.tabSync)) return;
      const project = projectFromState(taken);
      if (!project) return;
      try {
        const revision = await this.projects.save(project, taken.tabSync.revision);
        this.failureNotices = [];
        // Another project opened meanwhile has its own revision.
        if (this.state.get().project?.id !== project.id) return;
        const newer = this.timer !== null || sliceChanged(savedSlice(taken), savedSlice(this.state.get()));
        this.state.set((s) => ({ lastSavedAt: project.updatedAt, unsavedChanges: newer, tabSync: { ...s.tabSync, revision, behind: false } }));
        this.events.saved?.(project.id, revision);
      } catch (e) {
        if (isStoreError(e, 'conflict') && this.state.get().project?.id === project.id) {
          this.state.set((s) => ({ unsavedChanges: true, tabSync: { ...s.tabSync, conflict: true } }));
          this.events.conflict?.(e);
        } else {
          this.failed(e);
        }
      }
    });
    return this.saving;
  }

  private failed(e: unknown): void {
    const shown = new Set(this.state.get().notices.map((n) => n.id));
    if (this.failureNotices.some((id) => shown.has(id))) return;
    this.failureNotices = withExportOffer(this.state, () => this.onError(e));
  }
}
