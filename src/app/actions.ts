import type { CoverageSettings } from '../domain/coverage';
import type { Dataset, Technology } from '../domain/model/types';
import { coverageSettingsOf, inputsOf } from './coverage-settings';
import { CoverageMemory, NO_RESULT } from './coverage-memory';
import { MEASURE_BY_TECH } from '../domain/radio/measures';
import type { LayerKind } from '../io/geojson';
import { firstReasonMessage, issueLineMessages } from './import-issue-lines';
import type { CoverageWorker } from './coverage-client';
import { mergeLayer } from './dataset-merge';
import { LatestOnlyQueue } from './latest-only-queue';
import { newProject, openProjectStore } from '../io/store';
import { dismissNotice, followLanguage, postNotice, type NoticeText } from './notice-queue';
import { CodedError, errorAsMessage, message } from '../domain/text/message';
import type { Lang } from '../i18n/lang';
import type { AppState, Notice } from './state';
import type { Store } from './store';
import type { FullResult } from '../worker/coverage.worker';
import { errorMessage } from '../domain/text/error-message';
import { deltaOf, PlannerActions } from './planner-actions';
import { DEMO_PROJECT_NAME, ProjectActions } from './project-actions';
import { activeEdits } from './scenarios';
import { watchLevelChange } from './level-change-watch';
import { layerReplacedBy } from './import-actions';
import { BoundaryActions } from './boundaries-actions';
import { ImportActions } from './import-actions';
import { LandCoverActions } from './land-cover-actions';
import { MeasureActions } from './measure-actions';
import { PrintActions } from './print-actions';
import { ProfileActions } from './profile-actions';
import { RulesActions } from './rules-actions';
import { SignalActions } from './signal-actions';
import { storageErrorMessage } from './storage-error-text';
import { exportAction } from './storage-export-offer';
import { engineWarningKey, isRefusal } from '../domain/coverage/engine-warning';
import { engineWarningsNotice } from '../i18n/engine-warnings';
import { openSafely } from './safe-open';
import { cellSizeRefusal, diagnose, importRefusal } from './unusable-data';
import { ViewMemory } from './view-memory';

export class AppActions {
  private readonly computeQueue = new LatestOnlyQueue<FullResult>();
  /** The refused sites last announced, so a recompute that refuses the same ones stays quiet. */
  private announcedRefusals = '';
  readonly planner: PlannerActions;
  readonly projects: ProjectActions;
  readonly imports: ImportActions;
  readonly landCover: LandCoverActions;
  readonly measurements: MeasureActions;
  readonly rules: RulesActions;
  readonly boundaries: BoundaryActions;
  readonly print: PrintActions;
  readonly signal: SignalActions;
  readonly profile: ProfileActions;
  readonly view: ViewMemory;
  private readonly coverage: CoverageMemory;

  constructor(private readonly store: Store<AppState>, readonly worker: CoverageWorker) {
    followLanguage(store);
    const host = {
      notify: (level: Notice['level'], text: NoticeText, details?: readonly NoticeText[], actions?: Notice['actions']) => this.notify(level, text, details, actions),
      recompute: () => this.recompute(),
      reloadBaseline: () => this.reloadBaseline(),
    };
    this.planner = new PlannerActions(store, worker, host);
    watchLevelChange(store, worker);
    store.subscribe(() => this.announceRefusals());
    this.coverage = new CoverageMemory(store);
    this.projects = new ProjectActions(store, worker, { ...host, planner: this.planner, coverage: this.coverage });
    this.imports = new ImportActions(store, this);
    this.landCover = new LandCoverActions(store, this);
    this.measurements = new MeasureActions(store, this);
    this.rules = new RulesActions(store, this);
    this.boundaries = new BoundaryActions(store, this);
    this.print = new PrintActions(store);
    this.signal = new SignalActions(store, worker);
    this.profile = new ProfileActions(store, worker);
    this.view = new ViewMemory(store);
  }

  /** Reopens the last project from the browser's storage, or starts on the demo province. */
  async boot(): Promise<void> {
    try {
      // Asked before the status below re-renders the page: the database opens meanwhile.
      const opening = openProjectStore();
      this.store.set({ status: { kind: 'loading', stage: 'opening' } });
      const opened = await opening;
      // Work goes on in memory; the warning offers the way to keep it.
      if (opened.problem) this.notify('warning', storageErrorMessage(opened.problem), [], [exportAction(this.store)]);
      this.store.set({ storagePersistent: opened.persistent });
      this.projects.attach(opened.store);
      const { project, failed } = await this.projects.lastOpened((id) => this.coverage.prefetch(id));
      if (project) {
        // show() puts the project in the state at once; the engine starts on it while the tab claims the project.
        const shown = this.projects.show(project, false);
        const { dataset } = this.store.get();
        if (!dataset) throw new CodedError(message('app', 'storedNoLayers'), 'stored project has no layers');
        // The coverage kept with the stored project is shown while the engine builds it again.
        const restored = this.coverage.restore().catch(() => false);
        const computed = this.worker.setDataset(dataset).then(async (derived) => {
          this.store.set({ derived, status: { kind: 'loading', stage: 'coverage' } });
          await this.computeNow();
        });
        computed.catch(() => undefined); // awaited below, after the claim
        await restored;
        await shown;
        try {
          await computed;
        } catch (e) {
          // A stored project that cannot be computed still opens: what can be shown, the reason, and the way out.
          // Never over coverage kept from a build that could run then.
          if (this.store.get().coverageRestored) this.store.set(NO_RESULT);
          openSafely(this.store, this.safeHost, project.name, dataset, e);
        }
        this.store.set({ status: { kind: 'ready' } });
        return;
      } else {
        this.store.set({ status: { kind: 'loading', stage: 'demo' } });
        const { dataset, derived } = await this.worker.loadDemo();
        // A remembered project that could not be read stays the one the next start tries.
        await this.projects.show(newProject(DEMO_PROJECT_NAME, dataset), true, !failed);
        this.store.set({ derived });
      }
      this.store.set({ status: { kind: 'loading', stage: 'coverage' } });
      await this.recompute();
      this.store.set({ status: { kind: 'ready' } });
    } catch (e) {
      this.store.set({ status: { kind: 'failed', message: errorAsMessage(e) } });
    }
  }

  /** New baseline layers (import, undo of an import, another project): derived layers and a full recompute. */
  async reloadBaseline(): Promise<void> {
    const dataset = this.store.get().dataset;
    if (!dataset) return;
    // The header says "computing" from the moment the layers change, not from the build after the engine took them.
    this.store.set({ computing: true });
    try {
      const derived = await this.worker.setDataset(dataset);
      this.store.set({ derived, baselineFigures: null });
      await this.recompute();
    } catch (e) {
      this.store.set({ computing: false });
      this.notify('error', errorAsMessage(e));
    }
  }

  settings(): CoverageSettings {
    return coverageSettingsOf(this.store.get());
  }

  setCoverageTech(coverageTech: Technology): void {
    const { figures, images } = this.store.get();
    this.store.set((s) => ({ coverageTech, delta: deltaOf({ ...s, coverageTech }) }));
    if (!(figures?.techs ?? []).includes(coverageTech)) void this.recompute();
    else if (!images[coverageTech]) void this.planner.refreshImage(coverageTech);
  }

  async recompute(): Promise<void> {
    try {
      await this.computeNow();
    } catch (e) {
      const { dataset, lang, cellSizeM } = this.store.get();
      const found = dataset ? diagnose(lang, dataset, cellSizeM) : null;
      this.notify('error', found?.reason ?? errorMessage(e), found?.details ?? []);
    }
  }

  private readonly safeHost = {
    notify: (level: Notice['level'], text: NoticeText | ((lang: Lang) => string), details: readonly NoticeText[] | ((lang: Lang) => string[]), actions: Notice['actions']) =>
      this.notify(level, text, details, actions),
    dismiss: (id: number) => this.dismiss(id),
    lastNoticeId: () => this.store.get().lastNoticeId,
    commitDataset: (dataset: Dataset) => {
      this.planner.commit({ dataset });
      this.planner.endGesture();
    },
  };

  /** A full build with the scenario's edits on top; throws what the worker throws. */
  private async computeNow(): Promise<void> {
    this.store.set({ computing: true });
    // The first build is waited for from the page's start (performance.now() counts from navigation).
    const asked = this.store.get().lastWaitMs === null ? 0 : performance.now();
    try {
      const settings = this.settings();
      const edits = activeEdits(this.store.get());
      const inputs = inputsOf(this.store.get());
      const result = await this.computeQueue.run(() => this.worker.compute(settings, edits));
      if (result) {
        this.store.set((s) => ({
          figures: result.figures, baselineFigures: result.baselineFigures, images: result.images, resultInputs: inputs, coverageRestored: false,
          lastComputeMs: Math.round(result.elapsedMs), lastWaitMs: Math.round(performance.now() - asked), lastComputeThreads: result.threads, buildThreads: result.threads, delta: deltaOf({ ...s, figures: result.figures, baselineFigures: result.baselineFigures }),
        }));
        // Edits made while the full build ran are applied on top; the header keeps the full build's times, the wait
        // counted until the scenario is on screen too.
        await this.planner.applyActive();
        this.store.set({ lastComputeMs: Math.round(result.elapsedMs), lastWaitMs: Math.round(performance.now() - asked), lastComputeThreads: result.threads });
      }
    } finally {
      this.store.set({ computing: false });
    }
  }

  setCellSize(cellSizeM: 100 | 50): void {
    const { dataset, cellSizeM: current } = this.store.get();
    const refused = dataset ? { vi: cellSizeRefusal('vi', dataset, cellSizeM, current), en: cellSizeRefusal('en', dataset, cellSizeM, current) } : null;
    if (refused && refused.vi !== null) return this.notify('error', (l) => refused[l] ?? '');
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

  /** Terrain term on or off (every scenario); the figures of both are on the dashboard. */
  setTerrain(terrainOn: boolean): void {
    this.store.set({ terrainOn });
    void this.recompute();
  }

  /** The RSRP threshold (4G/5G). */
  setThreshold(thresholdDbm: number): void {
    this.store.set({ thresholdDbm });
    void this.recompute();
  }

  /** The threshold of a technology's own measure: RxLev for 2G, RSCP for 3G, RSRP for 4G and 5G (shared). */
  setTechThreshold(tech: Technology, dbm: number): void {
    const measure = MEASURE_BY_TECH[tech];
    if (measure === 'RSRP') return this.setThreshold(dbm);
    this.store.set(measure === 'RxLev' ? { thresholdRxLevDbm: dbm } : { thresholdRscpDbm: dbm });
    void this.recompute();
  }

  /** Posts a notice on the app's one queue; a text given as a function of the language follows a language switch. */
  notify(level: Notice['level'], text: NoticeText | ((lang: Lang) => string), details: readonly NoticeText[] | ((lang: Lang) => string[]) = [], actions?: Notice['actions']): void {
    postNotice(this.store, level, text, details, actions);
  }

  /**
   * Sites the engine refused to compute (a field out of range) are announced once per distinct set, with every
   * engine warning in the details; routine model-range warnings alone are left to the warnings panel.
   */
  private announceRefusals(): void {
    const { figures } = this.store.get();
    if (!figures) return;
    const refusals = figures.warnings.filter(isRefusal).map(engineWarningKey).join('\n');
    if (refusals === this.announcedRefusals) return;
    this.announcedRefusals = refusals;
    const { warnings } = figures;
    if (refusals === '') return;
    this.notify('warning', (lang) => engineWarningsNotice(lang, warnings)?.text ?? '', (lang) => engineWarningsNotice(lang, warnings)?.details ?? []);
  }

  dismiss(id: number): void {
    dismissNotice(this.store, id);
  }

  /** Reads a dropped file; if its layer kind cannot be guessed the user is asked (pendingImport). */
  async importFile(fileName: string, text: string, kind?: LayerKind): Promise<void> {
    if (kind) this.store.set({ pendingImport: null });
    const read = await this.worker.readLayerFile(text, fileName, 'geojson', kind);
    if (read.kind === null) {
      const fatal = read.issues.some((i) => i.severity === 'error' && i.index === undefined);
      if (fatal || kind) {
        this.notify('error', message('app', 'importFailed', { file: fileName, reason: firstReasonMessage(read.issues) ?? '?' }), issueLineMessages(read.issues));
      } else {
        this.store.set({ pendingImport: { fileName, text, guessedKind: null } });
      }
      return;
    }
    const { items, issues } = read.result;
    if (items.length === 0) {
      this.notify('error', message('app', 'importFailed', { file: fileName, reason: firstReasonMessage(issues) ?? message('app', 'noFeatures') }), issueLineMessages(issues));
      return;
    }
    const { dataset: current, cellSizeM } = this.store.get();
    if (!current) return;
    const merged = mergeLayer(current, read, fileName);
    const refused = { vi: importRefusal('vi', merged, cellSizeM, fileName), en: importRefusal('en', merged, cellSizeM, fileName) };
    if (refused.vi !== null) return this.notify('error', (l) => refused[l] ?? '', issueLineMessages(issues));
    // Replacing a layer of real data (one imported before) is asked for in the layer dialog, which says what goes;
    // the demo's generated layers are replaced at once (the notice says so, and undo restores them).
    const replaced = layerReplacedBy(current, read.kind);
    if (replaced.count > 0 && !replaced.generated) {
      this.store.set({ pendingImport: null });
      return this.imports.askLayer(fileName, text, read);
    }
    this.store.set({ selection: { kind: 'none' }, pendingImport: null });
    this.planner.commit({ dataset: merged });
    this.planner.endGesture();
    this.notify(
      issues.length ? 'warning' : 'info',
      issues.length
        ? message('notice', 'joined', { first: message('app', 'importDone', { n: items.length, file: fileName }), second: message('app', 'importIssues', { n: issues.length, file: fileName }) })
        : message('app', 'importDone', { n: items.length, file: fileName }),
      issueLineMessages(issues),
    );
  }
}
