/**
 * The terrain profile tool's own state and actions: the two ends picked on the map (a site or a point each), the hop
 * settings (frequency, k-factor, the antenna of a non-site end) and the worker's answer. A new answer is asked for
 * whenever an end or a setting changes and whenever the coverage is recomputed (the far-end level comes from it).
 */
import type { ProfileOverlay } from '../map/map-view';
import { errorMessage } from '../domain/text/error-message';
import { DEFAULT_K_FACTOR } from '../domain/terrain/path-chart';
import type { PathProfileResult, ProfileOptions, ProfilePointInput } from '../worker/terrain-api';
import { LatestOnlyQueue } from './latest-only-queue';
import type { AppState } from './state';
import { createStore, type Store } from './store';

export interface ProfilePick {
  lon: number;
  lat: number;
  siteId: string | null;
}

export interface ProfileViewState {
  from: ProfilePick | null;
  to: ProfilePick | null;
  freqMHz: number;
  kFactor: number;
  rxHeightM: number;
  result: PathProfileResult | null;
  busy: boolean;
  /** The worker's failure, as it said it; null when none. */
  error: string | null;
}

export const INITIAL_PROFILE_STATE: ProfileViewState = {
  from: null, to: null, freqMHz: 900, kFactor: DEFAULT_K_FACTOR, rxHeightM: 1.5, result: null, busy: false, error: null,
};

/** Typing pauses this long before a setting asks for a new profile, ms. */
const SETTLE_MS = 250;

/** The one worker call the tool makes (the coverage worker, or a stand-in in tests). */
export interface ProfileWorker {
  pathProfile(from: ProfilePointInput, to: ProfilePointInput, options: ProfileOptions): Promise<PathProfileResult>;
}

export class ProfileActions {
  readonly store: Store<ProfileViewState> = createStore<ProfileViewState>(INITIAL_PROFILE_STATE);
  private readonly queue = new LatestOnlyQueue<PathProfileResult>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly app: Store<AppState>, private readonly worker: ProfileWorker) {
    let figures = app.get().figures;
    let dataset = app.get().dataset;
    app.subscribe(() => {
      const s = app.get();
      // Leaving the tool with only the start picked drops it; a finished profile stays until closed.
      const { from, to } = this.store.get();
      if (s.tool !== 'profile' && from !== null && to === null) this.close();
      if (s.figures === figures && s.dataset === dataset) return;
      figures = s.figures;
      dataset = s.dataset;
      if (this.store.get().to) void this.refresh();
    });
  }

  /** A click with the profile tool: the start (again, once a profile is drawn), else the end. */
  pick(lon: number, lat: number, siteId: string | null): void {
    const { from, to } = this.store.get();
    const at: ProfilePick = { lon, lat, siteId };
    if (from === null || to !== null) {
      this.store.set({ from: at, to: null, result: null, error: null });
      return;
    }
    this.store.set({ to: at });
    void this.refresh();
  }

  /** Hop settings; values that are not finite and positive are kept out (the input shows what was typed). */
  setOptions(patch: Partial<Pick<ProfileViewState, 'freqMHz' | 'kFactor' | 'rxHeightM'>>): void {
    const valid = Object.fromEntries(Object.entries(patch).filter(([, v]) => Number.isFinite(v) && v > 0)) as typeof patch;
    if (Object.keys(valid).length === 0) return;
    this.store.set(valid);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.store.get().to) void this.refresh();
    }, SETTLE_MS);
  }

  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.store.set({ from: null, to: null, result: null, busy: false, error: null });
  }

  /** What the map draws: the path and its dominant edge. */
  overlay(): ProfileOverlay | null {
    const { from, to, result } = this.store.get();
    if (!from) return null;
    const edge = result?.kind === 'profile' ? result.dominantLngLat : null;
    return { from: [from.lon, from.lat], to: to ? [to.lon, to.lat] : null, edge };
  }

  async refresh(): Promise<void> {
    const { from, to, freqMHz, kFactor, rxHeightM } = this.store.get();
    if (!from || !to) return;
    const tech = this.app.get().coverageTech;
    const point = (p: ProfilePick) => (p.siteId === null ? { lon: p.lon, lat: p.lat } : { lon: p.lon, lat: p.lat, siteId: p.siteId });
    this.store.set({ busy: true });
    try {
      const result = await this.queue.run(() => this.worker.pathProfile(point(from), point(to), { freqMHz, kFactor, rxHeightM, tech }));
      if (result === null) return;
      // The ends may have changed while the worker answered (a new start clears the answer).
      if (this.store.get().from !== from || this.store.get().to !== to) return;
      this.store.set({ result, error: null, busy: false });
    } catch (e) {
      this.store.set({ error: errorMessage(e), busy: false });
    }
  }
}
