/**
 * Keeps the coverage on screen with the stored project, and shows it again when the project is reopened, while the
 * engine builds it anew (which takes seconds, and minutes on tens of thousands of sites).
 *
 * What is kept is always what the engine computed for exactly the stored state: coverage is written only once the
 * project is saved, nothing is unsaved, and the last result on screen was asked for with the very layers, scenarios
 * and settings now in the state. It is shown again only for the same stored revision, the same settings and the
 * same build of the app (`ENGINE_BUILD`); the header says it is the saved coverage until the new build replaces it.
 */
import { loadCoverage, saveCoverage, type CachedCoverage } from '../io/store/coverage-cache';
import type { CoverageFigures } from '../domain/coverage';
import { inputsOf } from './coverage-settings';
import { ENGINE_BUILD } from './engine-build';
import { deltaOf } from './planner-actions';
import { maySave } from './tab-sync-rules';
import type { AppState, OpenProject, ResultInputs } from './state';
import type { Store } from './store';

function sameInputs(a: ResultInputs, b: ResultInputs): boolean {
  return a.dataset === b.dataset && a.scenarios === b.scenarios && a.activeScenarioId === b.activeScenarioId && a.settings === b.settings;
}

export interface CoverageCacheIo {
  save(c: CachedCoverage): Promise<void>;
  load(projectId: string): Promise<CachedCoverage | null>;
}

/** No coverage on screen: another project's is not this one's. */
export const NO_RESULT = {
  figures: null, baselineFigures: null, images: {}, delta: null, deltaLevels: null, resultInputs: null, coverageRestored: false,
} as const satisfies Partial<AppState>;

/** A state whose result may be kept: a project, its result and that result's inputs. */
type Writable = AppState & { resultInputs: ResultInputs; project: OpenProject; figures: CoverageFigures; baselineFigures: CoverageFigures };

const BROWSER_CACHE: CoverageCacheIo = { save: saveCoverage, load: loadCoverage };

export class CoverageMemory {
  private writing = false;
  /** The result last written (or being written): its inputs and the revision it was written for. */
  private written: { inputs: ResultInputs; projectId: string; revision: number } | null = null;

  constructor(
    private readonly store: Store<AppState>,
    private readonly build: string | null = ENGINE_BUILD,
    private readonly io: CoverageCacheIo = BROWSER_CACHE,
  ) {
    if (build !== null) store.subscribe(() => this.onChange());
  }

  private key(inputs: ResultInputs): string {
    return `${this.build ?? ''}|${inputs.activeScenarioId}|${inputs.settings}`;
  }

  /** The state's result is the one computed for the saved state, and not written yet. Cheap: no text is made. */
  private writable(s: AppState): s is Writable {
    const r = s.resultInputs;
    if (!r || !s.project || !s.figures || !s.baselineFigures || !s.images[s.coverageTech]) return false;
    if (s.computing || s.unsavedChanges || !s.storagePersistent || !maySave(s.tabSync) || s.tabSync.revision <= 0) return false;
    if (r.dataset !== s.dataset || r.scenarios !== s.scenarios || r.activeScenarioId !== s.activeScenarioId) return false;
    const w = this.written;
    return !(w && w.inputs === r && w.projectId === s.project.id && w.revision === s.tabSync.revision);
  }

  private onChange(): void {
    if (this.writing || !this.writable(this.store.get())) return;
    this.writing = true;
    void this.write().finally(() => {
      this.writing = false;
      // A save that landed during the write is written next.
      this.onChange();
    });
  }

  /** Each result and revision is handled once, written or not (no retry loop on a failing or refused write). */
  private async write(): Promise<void> {
    const s = this.store.get();
    if (!this.writable(s)) return;
    this.written = { inputs: s.resultInputs, projectId: s.project.id, revision: s.tabSync.revision };
    // The settings (thresholds, presets, calibration) are compared as text only here: a change not computed yet.
    const now = inputsOf(s);
    if (!sameInputs(s.resultInputs, now)) return;
    const key = this.key(now);
    const r = this.restoredFor;
    if (r && r.projectId === s.project.id && r.revision === s.tabSync.revision && r.key === key) return;
    try {
      await this.io.save({ projectId: s.project.id, revision: s.tabSync.revision, key, figures: s.figures, baselineFigures: s.baselineFigures, images: s.images });
      this.store.set({ coverageKept: s.tabSync.revision });
    } catch {
      // A cache: when it cannot be written, the next opening computes the coverage as it did without one.
    }
  }

  /** Starts reading the coverage kept for a project about to be opened (read while the project itself is read). */
  prefetch(projectId: string): void {
    if (this.build !== null) this.pending = { projectId, read: this.io.load(projectId).catch(() => null) };
  }

  private pending: { projectId: string; read: Promise<CachedCoverage | null> } | null = null;
  private restoredFor: { projectId: string; revision: number; key: string } | null = null;

  /**
   * Shows the coverage kept for the open project, when it was made for its stored revision, settings and this build,
   * and no build has landed meanwhile. The figures' reference (`baselineFigures`) stays empty, so the planner sends
   * no edit to the engine before its build; the delta panel is shown from the kept reference.
   */
  async restore(): Promise<boolean> {
    const before = this.store.get();
    const pending = this.pending;
    this.pending = null;
    if (this.build === null || !before.project || before.tabSync.revision <= 0) return false;
    const cached = await (pending?.projectId === before.project.id ? pending.read : this.io.load(before.project.id));
    const s = this.store.get();
    if (!cached || s.project?.id !== cached.projectId || s.tabSync.revision !== cached.revision || s.resultInputs !== null || s.figures !== null) return false;
    if (this.key(inputsOf(s)) !== cached.key) return false;
    // The engine's build of the same state is the same coverage: it is not written again.
    this.restoredFor = { projectId: cached.projectId, revision: cached.revision, key: cached.key };
    this.store.set({
      figures: cached.figures, images: cached.images, coverageRestored: true, coverageKept: cached.revision,
      delta: deltaOf({ baselineFigures: cached.baselineFigures, figures: cached.figures, coverageTech: s.coverageTech }),
    });
    return true;
  }
}
