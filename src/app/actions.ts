import { DEFAULT_COVERAGE_SETTINGS, type CoverageSettings } from '../domain/coverage';
import { TECHNOLOGIES, type ImportIssue, type Technology } from '../domain/model/types';
import type { LayerKind } from '../io/geojson';
import { translate } from '../ui/i18n/strings';
import type { CoverageWorker } from './coverage-client';
import { mergeLayer } from './dataset-merge';
import { LatestOnlyQueue } from './latest-only-queue';
import { Autosave } from './autosave';
import { effectiveSites } from './effective-sites';
import { openProjectOf, stateFromProject, type OpenProject } from './project-sync';
import { newProject, openProjectStore, type Project, type ProjectStore } from '../io/store';
import type { AppState, Notice } from './state';
import type { Store } from './store';
import type { CoverageResult } from '../worker/coverage.worker';
import { errorMessage } from '../domain/text/error-message';

let noticeSeq = 0;

const DEMO_PROJECT_NAME = 'Đắk Nông (dữ liệu mẫu)';

export class AppActions {
  private readonly computeQueue = new LatestOnlyQueue<CoverageResult>();
  private readonly editQueue = new LatestOnlyQueue<CoverageResult>();

  constructor(private readonly store: Store<AppState>, private readonly worker: CoverageWorker) {}

  /** Reopens the last project from the browser's storage, or starts on the demo province. */
  async boot(): Promise<void> {
    try {
      this.store.set({ status: { kind: 'loading', stage: 'demo' } });
      const opened = await openProjectStore();
      if (opened.problem) this.notify('warning', translate(this.store.get().lang, 'storageUnavailable', { reason: opened.problem.message }));
      this.store.set({ storagePersistent: opened.persistent });
      const project = await this.lastProject(opened.store);
      let open: OpenProject;
      if (project) {
        this.store.set(stateFromProject(project));
        const { dataset, siteEdits } = this.store.get();
        if (!dataset) throw new Error('stored project has no layers');
        const derived = await this.worker.setDataset({ ...dataset, sites: [...effectiveSites(dataset.sites, siteEdits)] });
        this.store.set({ derived, lastSavedAt: project.updatedAt });
        open = openProjectOf(project);
      } else {
        const { dataset, derived } = await this.worker.loadDemo();
        this.store.set({ dataset, derived });
        open = openProjectOf(newProject(DEMO_PROJECT_NAME, dataset));
      }
      const autosave = new Autosave(this.store, opened.store, open, (e) => this.saveFailed(e));
      if (!project) await autosave.flush();
      await opened.store.setLastOpened(open.id).catch((e: unknown) => this.saveFailed(e));
      this.store.set({ status: { kind: 'loading', stage: 'coverage' } });
      await this.recompute();
      this.store.set({ status: { kind: 'ready' } });
    } catch (e) {
      this.store.set({ status: { kind: 'failed', message: errorMessage(e) } });
    }
  }

  private async lastProject(projects: ProjectStore): Promise<Project | null> {
    try {
      const id = await projects.getLastOpened();
      return id ? await projects.load(id) : null;
    } catch (e) {
      this.notify('error', translate(this.store.get().lang, 'projectNotRestored', { reason: errorMessage(e) }));
      return null;
    }
  }

  private saveFailed(e: unknown): void {
    this.notify('error', translate(this.store.get().lang, 'saveFailed', { reason: errorMessage(e) }));
  }

  /** 4G and 5G are always computed (the ministry's indicators); 2G or 3G only while the user shows them. */
  settings(): CoverageSettings {
    const { thresholdDbm, coverageTech, cellSizeM, indoor, budgets, clutterOverrides } = this.store.get();
    const techs = TECHNOLOGIES.filter((t) => t === '4G' || t === '5G' || t === coverageTech);
    return { ...DEFAULT_COVERAGE_SETTINGS, thresholdDbm, techs, cellSizeM, indoor, budgets, clutterOverrides };
  }

  setCoverageTech(coverageTech: Technology): void {
    const { figures, images } = this.store.get();
    this.store.set({ coverageTech });
    if (!(figures?.techs ?? []).includes(coverageTech)) void this.recompute();
    else if (!images[coverageTech]) void this.refreshImage(coverageTech);
  }

  private async refreshImage(tech: Technology): Promise<void> {
    const image = await this.worker.image(tech);
    if (image) this.store.set((s) => ({ images: { ...s.images, [tech]: image } }));
  }

  async recompute(): Promise<void> {
    this.store.set({ computing: true });
    try {
      const settings = this.settings();
      const result = await this.computeQueue.run(() => this.worker.compute(settings));
      if (result) this.store.set({ figures: result.figures, images: result.images, lastComputeMs: Math.round(result.elapsedMs) });
    } catch (e) {
      this.notify('error', errorMessage(e));
    } finally {
      this.store.set({ computing: false });
    }
  }

  /** Moves a site as a scenario edit; while dragging only the newest position is computed. */
  async moveSite(id: string, lon: number, lat: number): Promise<void> {
    const { dataset, siteEdits } = this.store.get();
    const base = siteEdits[id] ?? dataset?.sites.find((s) => s.id === id);
    if (!base) return;
    const site = { ...base, lon, lat };
    this.store.set({ siteEdits: { ...siteEdits, [id]: site }, selection: { kind: 'site', id } });
    try {
      const shown = this.store.get().coverageTech;
      const result = await this.editQueue.run(() => this.worker.upsertSite(site, shown));
      // Images of the other technologies are now stale: they are dropped and coloured again when shown.
      if (result) this.store.set({ figures: result.figures, images: result.images, lastComputeMs: Math.round(result.elapsedMs * 10) / 10 });
    } catch (e) {
      this.notify('error', errorMessage(e));
    }
  }

  /** Drops every scenario edit and recomputes on the baseline. */
  async resetEdits(): Promise<void> {
    const dataset = this.store.get().dataset;
    if (!dataset) return;
    this.store.set({ siteEdits: {} });
    await this.worker.setDataset(dataset);
    await this.recompute();
  }

  setCellSize(cellSizeM: 100 | 50): void {
    this.store.set({ cellSizeM });
    void this.recompute();
  }

  /** Applies a change to the radio settings (presets, indoor, clutter) and recomputes once typing pauses. */
  updateRadio(patch: Partial<Pick<AppState, 'indoor' | 'budgets' | 'clutterOverrides'>>): void {
    this.store.set(patch);
    if (this.radioTimer !== null) clearTimeout(this.radioTimer);
    this.radioTimer = setTimeout(() => {
      this.radioTimer = null;
      void this.recompute();
    }, 400);
  }

  private radioTimer: ReturnType<typeof setTimeout> | null = null;

  setThreshold(thresholdDbm: number): void {
    this.store.set({ thresholdDbm });
    void this.recompute();
  }

  notify(level: Notice['level'], text: string, details: string[] = []): void {
    const notice: Notice = { id: ++noticeSeq, level, text, details };
    this.store.set((s) => ({ notices: [...s.notices, notice].slice(-5) }));
  }

  dismiss(id: number): void {
    this.store.set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  }

  /** Reads a dropped file; if its layer kind cannot be guessed the user is asked (pendingImport). */
  async importFile(fileName: string, text: string, kind?: LayerKind): Promise<void> {
    const lang = this.store.get().lang;
    if (kind) this.store.set({ pendingImport: null });
    const read = await this.worker.readGeoJson(text, fileName, kind);
    if (read.kind === null) {
      const fatal = read.issues.some((i) => i.severity === 'error' && i.index === undefined);
      if (fatal || kind) {
        this.notify('error', translate(lang, 'importFailed', { file: fileName, reason: read.issues[0]?.reason ?? '?' }), describeIssues(read.issues));
      } else {
        this.store.set({ pendingImport: { fileName, text, guessedKind: null } });
      }
      return;
    }
    const { items, issues } = read.result;
    if (items.length === 0) {
      this.notify('error', translate(lang, 'importFailed', { file: fileName, reason: issues[0]?.reason ?? 'no features' }), describeIssues(issues));
      return;
    }
    const current = this.store.get().dataset;
    if (!current) return;
    const dataset = mergeLayer(current, read, fileName);
    const derived = await this.worker.setDataset(dataset);
    this.store.set({ dataset, derived, selection: { kind: 'none' }, pendingImport: null, siteEdits: {} });
    this.notify(
      issues.length ? 'warning' : 'info',
      translate(lang, 'importDone', { n: items.length, file: fileName }) +
        (issues.length ? ' · ' + translate(lang, 'importIssues', { n: issues.length, file: fileName }) : ''),
      describeIssues(issues),
    );
    await this.recompute();
  }
}

function describeIssues(issues: readonly ImportIssue[]): string[] {
  return issues.map((i) => {
    const where = i.line !== undefined ? `line ${i.line}` : i.index !== undefined ? `feature ${i.index}` : '';
    return `${i.severity === 'error' ? '✖' : '⚠'} ${where}${where ? ': ' : ''}${i.reason}`;
  });
}
