import type { ProjectStore } from '../io/store';
import { projectFromState, savedSlice, sliceChanged } from './project-sync';
import type { AppState } from './state';
import type { Store } from './store';

/**
 * Saves the open project shortly after anything it keeps changes. One save is one IndexedDB transaction, so a
 * reload mid-save leaves the previous version; a failed save is reported and the work stays in memory.
 */
export class Autosave {
  private last: ReturnType<typeof savedSlice> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly state: Store<AppState>,
    private readonly projects: ProjectStore,
    private readonly onError: (e: unknown) => void,
    private readonly delayMs = 500,
  ) {
    this.last = savedSlice(state.get());
    state.subscribe(() => this.onChange());
  }

  /** The state as it is now counts as saved (a project just opened from the store). */
  markSaved(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.last = savedSlice(this.state.get());
  }

  private onChange(): void {
    const slice = savedSlice(this.state.get());
    if (this.last && !sliceChanged(this.last, slice)) return;
    this.last = slice;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves now (after any save under way). */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.saving = this.saving.then(async () => {
      const project = projectFromState(this.state.get());
      if (!project) return;
      try {
        await this.projects.save(project);
        this.state.set({ lastSavedAt: project.updatedAt });
      } catch (e) {
        this.onError(e);
      }
    });
    return this.saving;
  }
}
