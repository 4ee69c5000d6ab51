/**
 * What the rules panels do: ask the worker (underserved ranking, proposer, undergrounding, per-carrier figures,
 * co-location), keep the answers in the rules store, set this feature's map highlights, and turn a proposal into
 * a scenario through the planner's one write path.
 */
import * as Comlink from 'comlink';
import { filterUnderservedByUnit, type UndergroundingRules, type UnderservedRules, type UnderservedVillage } from '../domain/rules';
import type { Site } from '../domain/model/types';
import { errorAsMessage } from '../domain/text/message';
import type { NoticeText } from './notice-queue';
import { rulesTranslate } from '../i18n/rules-strings';
import type { CoverageWorker } from './coverage-client';
import { LatestOnlyQueue } from './latest-only-queue';
import type { PlannerActions } from './planner-actions';
import { INITIAL_RULES_STATE, type ProposerSettings, type RulesState } from './rules-store';
import { activeScenario, freshName, newScenario } from './scenarios';
import type { AppState, Highlight, Notice } from './state';
import { createStore, type Store } from './store';
import type { UnderservedAnswer } from '../worker/rules-api';
import { mapFocus } from './view-memory';

export type HighlightSource = 'underserved' | 'undergrounding' | 'colocation';

/** Rows of the last answer in the chosen commune (the carrier filter is applied by the worker). */
export function visibleRows(s: Pick<RulesState, 'underserved' | 'commune'>): UnderservedVillage[] {
  const rows = s.underserved?.rows ?? [];
  return s.commune === null ? rows : filterUnderservedByUnit(rows, s.commune);
}

/** Villages with 4G: as the engine counts them, or at the share a rule asks for (a share > 0 and >= it). */
export function coveredVillages4g(s: Pick<AppState, 'figures'>, share: number | null = null): number {
  const villages = s.figures?.villages ?? [];
  if (share === null) return villages.filter((v) => v.covered['4G']).length;
  return villages.filter((v) => v.coveredShare['4G'] > 0 && v.coveredShare['4G'] >= share).length;
}

/**
 * The proposer's targets: villages of the list shown (rules, commune and carrier filter) lacking 4G at the rule
 * share, at the basic level or not at all. Villages listed only for fibre or 5G are no target: a site's 4G cannot
 * close those gaps.
 */
export function proposerTargets(s: Pick<RulesState, 'underserved' | 'commune'>): string[] {
  return visibleRows(s).filter((r) => r.flags.unservedMobile || r.flags.basic4gOnly).map((r) => r.villageId);
}

/** A prefix no site id starts with (DX-, DX2-, …), so the proposer's ids stay free when accepted. */
export function freshIdPrefix(taken: ReadonlySet<string>): string {
  const ids = [...taken];
  for (let n = 1; ; n++) {
    const prefix = n === 1 ? 'DX-' : `DX${n}-`;
    if (!ids.some((id) => id.startsWith(prefix))) return prefix;
  }
}

/** Ids not used by the baseline or any scenario: DX-1, DX-2… */
export function freshSiteIds(taken: ReadonlySet<string>, n: number): string[] {
  const ids: string[] = [];
  for (let k = 1; ids.length < n; k++) if (!taken.has(`DX-${k}`)) ids.push(`DX-${k}`);
  return ids;
}

/** What the rules panels need from the app: the worker, the planner's write path, and notices. */
export interface RulesHost {
  readonly worker: CoverageWorker;
  readonly planner: Pick<PlannerActions, 'commit' | 'endGesture'>;
  notify(level: Notice['level'], text: NoticeText): void;
}

export class RulesActions {
  readonly store: Store<RulesState> = createStore<RulesState>(INITIAL_RULES_STATE);
  private readonly usQueue = new LatestOnlyQueue<UnderservedAnswer>();
  private runSeq = 0;
  private stopWatch: (() => void) | null = null;

  constructor(private readonly app: Store<AppState>, private readonly actions: RulesHost) {}

  private get worker() {
    return this.actions.worker;
  }

  private takenSiteIds(): Set<string> {
    const s = this.app.get();
    return new Set<string>([...(s.dataset?.sites.map((x) => x.id) ?? []), ...s.scenarios.flatMap((x) => x.addedSites.map((a) => a.id))]);
  }

  private fail(e: unknown): void {
    this.actions.notify('error', errorAsMessage(e));
  }

  setHighlight(source: HighlightSource, h: Omit<Highlight, 'source'>): void {
    this.app.set({ highlight: { source, ...h } });
  }

  clearHighlight(source: HighlightSource): void {
    if (this.app.get().highlight?.source === source) this.app.set({ highlight: null });
  }

  // ── underserved villages ──

  setRules(patch: Partial<UnderservedRules>): Promise<void> {
    this.store.set((s) => ({ rules: { ...s.rules, ...patch } }));
    return this.refreshUnderserved();
  }

  setFilter(patch: Partial<Pick<RulesState, 'commune' | 'carrier'>>): void {
    const carrierChanged = patch.carrier !== undefined && patch.carrier !== this.store.get().carrier;
    this.store.set(patch);
    if (carrierChanged) void this.refreshUnderserved();
    else this.highlightUnderserved();
  }

  async refreshUnderserved(): Promise<void> {
    if (!this.app.get().figures) return;
    const { rules, carrier } = this.store.get();
    this.store.set({ underservedBusy: true });
    try {
      const answer = await this.usQueue.run(() => this.worker.underserved(rules, carrier));
      if (!answer) return;
      this.store.set({ underserved: answer, underservedBusy: false });
      this.highlightUnderserved();
    } catch (e) {
      this.store.set({ underservedBusy: false });
      this.fail(e);
    }
  }

  /** The listed villages, and the proposer's sites when there are some. */
  highlightUnderserved(): void {
    const s = this.store.get();
    const sites = s.proposer.result?.suggestions.map((x) => x.site) ?? [];
    this.setHighlight('underserved', {
      villageIds: visibleRows(s).map((r) => r.villageId), paths: [],
      points: sites.map((x) => ({ position: [x.lon, x.lat], label: x.id })),
    });
  }

  /** Selects the village and brings it on screen when it is not. */
  selectVillage(id: string): void {
    const village = this.app.get().dataset?.villages.find((v) => v.id === id);
    this.app.set(village ? { selection: { kind: 'village', id }, mapFocus: mapFocus(village.point[0], village.point[1]) } : { selection: { kind: 'village', id } });
  }

  // ── proposer ──

  setProposerSettings(patch: Partial<ProposerSettings>): void {
    this.store.set((s) => ({ proposerSettings: { ...s.proposerSettings, ...patch } }));
  }

  private setRun(patch: Partial<RulesState['proposer']>): void {
    this.store.set((s) => ({ proposer: { ...s.proposer, ...patch } }));
  }

  async propose(): Promise<void> {
    const seq = ++this.runSeq;
    const { maxSites, minSiteDistanceM, gridSpacingM } = this.store.get().proposerSettings;
    this.setRun({ running: true, progress: 0, cancelled: false, result: null, accepted: null });
    if (!this.store.get().underserved) await this.refreshUnderserved();
    const { rules } = this.store.get();
    const targetVillageIds = proposerTargets(this.store.get());
    const onProgress = Comlink.proxy((f: number) => {
      if (seq === this.runSeq) this.setRun({ progress: f });
    });
    try {
      const idPrefix = freshIdPrefix(this.takenSiteIds());
      const result = await this.worker.propose({
        maxSites, minSiteDistanceM, gridSpacingM, idPrefix, targetVillageIds, villageCoveredShare: rules.villageCoveredShare,
        roadBonusDistanceM: rules.roadReachDistanceM, template: { with5G: rules.require5G },
      }, onProgress);
      if (seq !== this.runSeq) return;
      if (!result) {
        this.setRun({ running: false, progress: 0 });
        return;
      }
      this.setRun({ running: false, progress: 1, result });
      this.highlightUnderserved();
    } catch (e) {
      if (seq === this.runSeq) this.setRun({ running: false });
      this.fail(e);
    }
  }

  /** Stops the run: the worker stops searching at its next slice (within about 0.1 s). */
  cancelProposal(): void {
    this.runSeq++;
    void this.worker.cancelProposal();
    this.setRun({ running: false, progress: 0, cancelled: true, result: null });
    this.highlightUnderserved();
  }

  /** A new scenario: the active one's edits plus the suggested sites; then the recomputed count is compared with the promise. */
  acceptProposal(): void {
    const result = this.store.get().proposer.result;
    const s = this.app.get();
    if (!result || result.suggestions.length === 0 || !s.dataset) return;
    const taken = this.takenSiteIds();
    const clash = result.suggestions.some((x) => taken.has(x.site.id));
    const ids = clash ? freshSiteIds(taken, result.suggestions.length) : result.suggestions.map((x) => x.site.id);
    const sites: Site[] = result.suggestions.map((x, i) => ({ ...x.site, id: ids[i] ?? x.site.id, name: ids[i] ?? x.site.name, proposed: true }));
    const base = activeScenario(s);
    const name = freshName(s.scenarios, rulesTranslate(s.lang, 'propScenarioName', { n: sites.length }));
    const created = { ...newScenario(s.scenarios, base ?? undefined), name };
    created.addedSites = [...created.addedSites, ...sites];
    const figuresBefore = s.figures;
    this.setRun({
      accepted: { scenarioId: created.id, name, promised: result.promisedVillagesCovered, share: result.villageCoveredShare, actual: null },
    });
    this.actions.planner.commit({ scenarios: [...s.scenarios, created], activeScenarioId: created.id });
    this.actions.planner.endGesture();
    this.watchAccepted(figuresBefore);
  }

  /** The scenario's figures arrive after the incremental recompute: villages with 4G at the proposal's share are counted then. */
  private watchAccepted(figuresBefore: AppState['figures']): void {
    this.stopWatch?.();
    const check = () => {
      const accepted = this.store.get().proposer.accepted;
      const st = this.app.get();
      if (!accepted) return this.stopWatch?.();
      if (st.activeScenarioId !== accepted.scenarioId || st.figures === figuresBefore || st.computing) return;
      const actual = coveredVillages4g(st, accepted.share);
      if (actual !== accepted.actual) this.setRun({ accepted: { ...accepted, actual } });
    };
    this.stopWatch = this.app.subscribe(check);
    check();
  }

  // ── undergrounding ──

  setUgRules(patch: Partial<UndergroundingRules>): void {
    this.store.set((s) => ({ ugRules: { ...s.ugRules, ...patch } }));
    void this.refreshUndergrounding();
  }

  async refreshUndergrounding(): Promise<void> {
    try {
      const undergrounding = await this.worker.undergrounding(this.store.get().ugRules);
      this.store.set({ undergrounding });
      this.highlightPackages(null);
    } catch (e) {
      this.fail(e);
    }
  }

  /** One package (clicked) or every proposed one. */
  highlightPackages(packageId: string | null): void {
    const packages = this.store.get().undergrounding?.packages ?? [];
    const shown = packageId === null ? packages.filter((p) => p.proposed) : packages.filter((p) => p.id === packageId);
    this.setHighlight('undergrounding', {
      villageIds: packageId === null ? [] : shown.flatMap((p) => p.villageIdsNear),
      paths: shown.flatMap((p) => p.geometry.map((line) => line.map((c): [number, number] => [c[0], c[1]]))),
      points: [],
    });
  }

  // ── dashboard ──

  async loadCarrierFigures(): Promise<void> {
    this.store.set({ carrierBusy: true });
    try {
      this.store.set({ carrierFigures: await this.worker.carrierFigures() });
    } catch (e) {
      this.fail(e);
    } finally {
      this.store.set({ carrierBusy: false });
    }
  }

  async loadTerrainFigures(): Promise<void> {
    this.store.set({ terrainBusy: true });
    try {
      this.store.set({ terrainFigures: await this.worker.terrainFigures() });
    } catch (e) {
      this.fail(e);
    } finally {
      this.store.set({ terrainBusy: false });
    }
  }

  async findColocation(distanceM: number): Promise<void> {
    this.store.set({ colocDistanceM: distanceM });
    try {
      const colocation = await this.worker.colocation(distanceM);
      this.store.set({ colocation });
      this.setHighlight('colocation', {
        villageIds: [], paths: colocation.map((p) => [p.a, p.b]),
        points: colocation.flatMap((p) => [{ position: p.a, label: p.siteA }, { position: p.b, label: p.siteB }]),
      });
    } catch (e) {
      this.fail(e);
    }
  }
}
