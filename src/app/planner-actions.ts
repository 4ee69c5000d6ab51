/**
 * Every scenario edit goes through `commit`: it records the undo step, updates the state (which the autosave
 * persists) and brings the engine to the new scenario incrementally. Undo and redo restore a snapshot the same way.
 */
import type { AppliedCalibration } from '../domain/measure/applied-calibration';
import type { Dataset, Site, Technology } from '../domain/model/types';
import { applyImagePatch } from '../domain/display/image-patch';
import { figuresDelta } from '../domain/scenario/figures-delta';
import { History } from '../domain/scenario/history';
import { PROPOSED_CARRIER, newProposedSite, nextProposedId } from '../domain/scenario/proposed-site';
import { revertSite, siteIn, withoutSite, withSite, type ScenarioEdits } from '../domain/scenario/scenario-edits';
import type { Scenario } from '../io/store';
import { errorAsMessage } from '../domain/text/message';
import type { NoticeText } from './notice-queue';
import type { CoverageWorker } from './coverage-client';
import { inputsOf } from './coverage-settings';
import { LatestOnlyQueue } from './latest-only-queue';
import { activeEdits, activeScenario, editsOf, newScenario, replaceScenario } from './scenarios';
import type { AppState, MeasurementsRef, Notice } from './state';
import type { Store } from './store';
import type { CoverageResult } from '../worker/coverage.worker';

export interface Undoable {
  dataset: Dataset | null;
  scenarios: Scenario[];
  activeScenarioId: string;
  measurements: MeasurementsRef | null;
  calibration: AppliedCalibration | null;
}

export interface PlannerHost {
  notify(level: Notice['level'], text: NoticeText, details?: readonly NoticeText[]): void;
  /** Full recompute on the current baseline and active scenario. */
  recompute(): Promise<void>;
  /** New baseline layers in the worker, then a full recompute. */
  reloadBaseline(): Promise<void>;
}

/**
 * The delta panel follows the technology shown, once both figures hold it (2G and 3G are computed only while
 * shown); until then, and for figures without it, 4G.
 */
export function deltaOf(s: Pick<AppState, 'baselineFigures' | 'figures' | 'coverageTech'>) {
  if (!s.baselineFigures || !s.figures) return null;
  const computed = s.figures.techs.includes(s.coverageTech) && s.baselineFigures.techs.includes(s.coverageTech);
  return figuresDelta(s.baselineFigures, s.figures, computed ? s.coverageTech : '4G');
}

/**
 * The images after an edit: the shown technology's image with the edit's patch written in (or the whole image the
 * worker sent); the other technologies' images are stale and dropped (coloured again when shown). Without an image
 * that fits, the shown technology has none and is asked for whole.
 */
export function editedImages(held: AppState['images'], result: CoverageResult, shown: Technology): AppState['images'] {
  const sent = result.images[shown];
  if (sent) return { [shown]: sent };
  const current = held[shown];
  if (result.patch && result.patch.tech === shown) {
    const patched = applyImagePatch(current, result.patch);
    return patched ? { [shown]: patched } : {};
  }
  return current ? { [shown]: current } : {};
}

export class PlannerActions {
  private readonly history = new History<Undoable>();
  private readonly queue = new LatestOnlyQueue<CoverageResult>();

  constructor(private readonly store: Store<AppState>, private readonly worker: CoverageWorker, private readonly host: PlannerHost) {}

  private snapshot(): Undoable {
    const { dataset, scenarios, activeScenarioId, measurements, calibration } = this.store.get();
    return { dataset, scenarios, activeScenarioId, measurements, calibration };
  }

  private historyFlags() {
    return { canUndo: this.history.canUndo, canRedo: this.history.canRedo };
  }

  /** The one write path of the planner: undo step, state (persisted by the autosave), engine. */
  commit(patch: Partial<Undoable>, coalesce: string | null = null): void {
    const before = this.snapshot();
    this.history.push(before, coalesce);
    this.store.set({ ...patch, ...this.historyFlags() });
    void this.sync(before);
  }

  /** Ends a gesture (a drag, typing in one field): the next edit is a new undo step. */
  endGesture(): void {
    this.history.seal();
  }

  forgetHistory(): void {
    this.history.clear();
    this.store.set(this.historyFlags());
  }

  undo(): void {
    this.restore((current) => this.history.undo(current));
  }

  redo(): void {
    this.restore((current) => this.history.redo(current));
  }

  private restore(step: (current: Undoable) => Undoable | null): void {
    const before = this.snapshot();
    const target = step(before);
    if (!target) return;
    this.store.set({ ...target, ...this.historyFlags(), ...this.keepSelection(target) });
    void this.sync(before);
  }

  /** Drops a site selection that the restored state no longer has. */
  private keepSelection(u: Undoable): Partial<AppState> {
    const sel = this.store.get().selection;
    if (sel.kind !== 'site' || !u.dataset) return {};
    const scenario = u.scenarios.find((x) => x.id === u.activeScenarioId) ?? null;
    return siteIn(u.dataset.sites, editsOf(scenario), sel.id) ? {} : { selection: { kind: 'none' } };
  }

  private async sync(before: Undoable): Promise<void> {
    const now = this.snapshot();
    if (now.dataset !== before.dataset) return this.host.reloadBaseline();
    if (now.calibration !== before.calibration) return this.host.recompute();
    await this.applyActive();
  }

  /** Brings the engine to the active scenario (only the sites that differ are recomputed). */
  async applyActive(): Promise<void> {
    if (!this.store.get().baselineFigures) return;
    try {
      const edits = activeEdits(this.store.get());
      const shown = this.store.get().coverageTech;
      const inputs = inputsOf(this.store.get());
      const asked = performance.now();
      const result = await this.queue.run(() => this.worker.applyEdits(edits, shown));
      if (!result) return;
      const images = editedImages(this.store.get().images, result, shown);
      this.store.set((s) => ({
        figures: result.figures, images, resultInputs: inputs, lastComputeMs: Math.round(result.elapsedMs * 10) / 10,
        lastWaitMs: Math.round((performance.now() - asked) * 10) / 10, lastComputeThreads: 1,
        delta: deltaOf({ ...s, figures: result.figures }),
      }));
      if (!images[shown] && this.store.get().figures?.techs.includes(shown)) await this.refreshImage(shown);
    } catch (e) {
      this.host.notify('error', errorAsMessage(e));
    }
  }

  /** The whole image of a technology (one not coloured since the last edit, or an edit's patch that did not fit). */
  async refreshImage(tech: Technology): Promise<void> {
    const image = await this.worker.image(tech);
    if (image) this.store.set((s) => ({ images: { ...s.images, [tech]: image } }));
  }

  private editActive(change: (e: ScenarioEdits, base: readonly Site[]) => ScenarioEdits, coalesce: string | null = null): void {
    const s = this.store.get();
    const scenario = activeScenario(s);
    if (!s.dataset || !scenario) return;
    const next = change(editsOf(scenario), s.dataset.sites);
    this.commit({ scenarios: replaceScenario(s.scenarios, scenario.id, next) }, coalesce);
  }

  private current(id: string): Site | null {
    const s = this.store.get();
    return s.dataset ? siteIn(s.dataset.sites, activeEdits(s), id) : null;
  }

  /** One drag is one undo step: `gesture` names it until endGesture. */
  moveSite(id: string, lon: number, lat: number, gesture: string): void {
    const site = this.current(id);
    if (!site) return;
    this.editActive((e, base) => withSite(base, e, { ...site, lon, lat }), `move:${gesture}`);
    this.store.set({ selection: { kind: 'site', id } });
  }

  rotateSector(id: string, sector: number, azimuthDeg: number, gesture: string): void {
    const site = this.current(id);
    const target = site?.sectors[sector];
    if (!site || !target) return;
    const sectors = site.sectors.map((x, i) => (i === sector ? { ...x, azimuthDeg: ((Math.round(azimuthDeg) % 360) + 360) % 360 } : x));
    this.editActive((e, base) => withSite(base, e, { ...site, sectors }), `rotate:${gesture}`);
  }

  placeSite(lon: number, lat: number): void {
    const s = this.store.get();
    if (!s.dataset) return;
    const taken = new Set<string>([...s.dataset.sites.map((x) => x.id), ...s.scenarios.flatMap((x) => x.addedSites.map((a) => a.id))]);
    const id = nextProposedId(taken);
    // No carrier until the planner picks one in the site editor.
    this.editActive((e, base) => withSite(base, e, newProposedSite(id, lon, lat, PROPOSED_CARRIER)));
    this.endGesture();
    this.store.set({ selection: { kind: 'site', id } });
  }

  /** An edited site from the side panel; typing in one field is one undo step. */
  updateSite(site: Site, field: string): void {
    this.editActive((e, base) => withSite(base, e, site), `edit:${site.id}:${field}`);
  }

  deleteSite(id: string): void {
    this.editActive((e, base) => withoutSite(base, e, id));
    this.endGesture();
    this.store.set({ selection: { kind: 'none' } });
  }

  revertSite(id: string): void {
    this.editActive((e) => revertSite(e, id));
    this.endGesture();
  }

  /** Drops every edit of the active scenario (one undo step). */
  resetScenario(): void {
    this.editActive(() => ({ siteEdits: {}, addedSites: [], removedSiteIds: [] }));
    this.endGesture();
  }

  switchScenario(id: string): void {
    if (id === this.store.get().activeScenarioId) return;
    this.commit({ activeScenarioId: id });
    this.endGesture();
  }

  addScenario(copyActive: boolean): void {
    const s = this.store.get();
    const created = newScenario(s.scenarios, copyActive ? (activeScenario(s) ?? undefined) : undefined);
    this.commit({ scenarios: [...s.scenarios, created], activeScenarioId: created.id });
    this.endGesture();
  }

  renameScenario(id: string, name: string): void {
    const trimmed = name.trim();
    if (!trimmed) return;
    this.commit({ scenarios: replaceScenario(this.store.get().scenarios, id, { name: trimmed }) }, `rename:${id}`);
  }

  setScenarioNote(id: string, note: string): void {
    this.commit({ scenarios: replaceScenario(this.store.get().scenarios, id, { note }) }, `note:${id}`);
  }

  /** The last scenario cannot be deleted: a project always has one to edit. */
  deleteScenario(id: string): void {
    const s = this.store.get();
    if (s.scenarios.length <= 1) return;
    const scenarios = s.scenarios.filter((x) => x.id !== id);
    const activeScenarioId = s.activeScenarioId === id ? (scenarios[0]?.id ?? '') : s.activeScenarioId;
    this.commit({ scenarios, activeScenarioId });
    this.endGesture();
  }

  /** Compares two scenarios (null = baseline); the engine is left on the active scenario. */
  async compare(aId: string | null, bId: string | null): Promise<void> {
    const s = this.store.get();
    const tech = s.coverageTech === '5G' ? '5G' : '4G';
    const edits = (id: string | null) => editsOf(id === null ? null : (s.scenarios.find((x) => x.id === id) ?? null));
    this.store.set({ compare: { aId, bId, tech, result: null, busy: true } });
    try {
      const result = await this.worker.compare(edits(aId), edits(bId), tech);
      this.store.set((st) => (st.compare && st.compare.aId === aId && st.compare.bId === bId ? { compare: { aId, bId, tech, result, busy: false } } : {}));
    } catch (e) {
      this.store.set({ compare: null });
      this.host.notify('error', errorAsMessage(e));
    }
  }

  closeCompare(): void {
    this.store.set({ compare: null });
  }
}
