/**
 * The 2024 ↔ 2025 boundary switch for printing and reports: a second unit set (a GeoJSON or the demo's 2025 units)
 * is sent to the worker, which builds the crosswalk and computes figures on the reassigned dataset in a separate
 * model. The app's own figures and the undoable dataset are never touched.
 */
import type { CoverageSettings } from '../domain/coverage';
import { errorAsMessage } from '../domain/text/message';
import { INITIAL_BOUNDARIES_STATE, type BoundariesState, type BoundarySetLabel } from './boundaries-store';
import type { CoverageWorker } from './coverage-client';
import { activeEdits } from './scenarios';
import type { AppState } from './state';
import { createStore, type Store } from './store';
import type { BoundarySetSummary } from '../worker/print-api';

/** What the boundary switch needs from the app: the worker and the radio settings figures are computed with. */
export interface BoundaryHost {
  readonly worker: CoverageWorker;
  settings(): CoverageSettings;
}

export class BoundaryActions {
  readonly store: Store<BoundariesState> = createStore<BoundariesState>(INITIAL_BOUNDARIES_STATE);
  private seq = 0;

  constructor(private readonly app: Store<AppState>, private readonly actions: BoundaryHost) {}

  private async load(run: () => Promise<BoundarySetSummary>, label: BoundarySetLabel): Promise<void> {
    this.store.set({ busy: true, error: null });
    try {
      const summary = await run();
      this.store.set({ alt: { ...label, summary }, altFigures: null, codeTable: null });
      if (this.store.get().reportOn === 'alt') await this.refresh();
    } catch (e) {
      this.store.set({ error: errorAsMessage(e) });
    } finally {
      this.store.set({ busy: false });
    }
  }

  useDemo2025(label: BoundarySetLabel): Promise<void> {
    return this.load(() => this.actions.worker.useDemo2025Units(), label);
  }

  loadFile(fileName: string, text: string, label: BoundarySetLabel): Promise<void> {
    return this.load(() => this.actions.worker.loadBoundarySet(text, fileName), label);
  }

  async clear(): Promise<void> {
    await this.actions.worker.clearBoundarySet();
    this.store.set({ alt: null, altFigures: null, reportOn: 'current', codeTable: null });
  }

  /** An old → new code CSV as the crosswalk of the second set; figures are recomputed when they are shown. */
  async loadCodeTable(fileName: string, text: string): Promise<void> {
    const alt = this.store.get().alt;
    if (!alt) return;
    this.store.set({ busy: true, error: null });
    try {
      const result = await this.actions.worker.useCodeTable(text, fileName);
      const codeTable = { fileName, issues: result.issues, used: result.summary !== null };
      if (!result.summary) {
        this.store.set({ codeTable });
        return;
      }
      const now = this.store.get().alt ?? alt;
      this.store.set({ alt: { ...now, summary: result.summary }, altFigures: null, codeTable });
      if (this.store.get().reportOn === 'alt') await this.refresh();
    } catch (e) {
      this.store.set({ error: errorAsMessage(e) });
    } finally {
      this.store.set({ busy: false });
    }
  }

  /** Back from a code table (or the file's own lists) to the area-overlap crosswalk; `lists`: to the file's own lists. */
  async useOverlap(to: 'overlap' | 'lists' = 'overlap'): Promise<void> {
    const alt = this.store.get().alt;
    if (!alt) return;
    const summary = to === 'lists' ? await this.actions.worker.useListedCrosswalk() : await this.actions.worker.useOverlapCrosswalk();
    const now = this.store.get().alt ?? alt;
    this.store.set({ alt: { ...now, summary }, altFigures: null, codeTable: null });
    if (this.store.get().reportOn === 'alt') await this.refresh();
  }

  setLabel(which: 'current' | 'alt', patch: Partial<BoundarySetLabel>): void {
    const s = this.store.get();
    if (which === 'current') this.store.set({ current: { ...s.current, ...patch } });
    else if (s.alt) this.store.set({ alt: { ...s.alt, ...patch } });
  }

  async reportOn(which: 'current' | 'alt'): Promise<void> {
    this.store.set({ reportOn: which });
    if (which === 'alt' && !this.store.get().altFigures) await this.refresh();
  }

  /** Figures on the second set for the active scenario and the current radio settings. */
  async refresh(): Promise<void> {
    const alt = this.store.get().alt;
    if (!alt) return;
    const seq = ++this.seq;
    this.store.set({ busy: true, error: null });
    try {
      const result = await this.actions.worker.altFigures(this.actions.settings(), activeEdits(this.app.get()), alt.name);
      if (seq === this.seq) this.store.set({ altFigures: result });
    } catch (e) {
      if (seq === this.seq) this.store.set({ error: errorAsMessage(e) });
    } finally {
      if (seq === this.seq) this.store.set({ busy: false });
    }
  }
}
