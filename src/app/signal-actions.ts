/**
 * "Signal at the cursor": while the pointer rests over the map the worker is asked what the coverage says there, at
 * most every HOVER_INTERVAL_MS and latest-only (a slow answer never overwrites a newer one); a click pins the reading.
 * The pointer arrives as lon/lat from the map (no picking); readings are asked again when the coverage changes.
 */
import type { Technology } from '../domain/model/types';
import type { SignalReading } from '../worker/signal-api';
import { LatestOnlyQueue } from './latest-only-queue';
import { mainMapBounds } from './print-main-view';
import type { AppState } from './state';
import { createStore, type Store } from './store';

/** The shortest time between two hover questions to the worker, ms. */
export const HOVER_INTERVAL_MS = 120;

export interface SignalViewState {
  /** The reading under the pointer; null when the pointer is off the map (or nothing was read yet). */
  hover: SignalReading | null;
  /** The reading a click (or the pin button) kept; shown in place of the hover one. */
  pinned: SignalReading | null;
}

/** The one worker call the readout needs. */
export interface SignalWorker {
  signalAt(lon: number, lat: number, tech: Technology): Promise<SignalReading>;
}

/** A clock and a timer, replaceable in tests. */
export interface SignalClock {
  now(): number;
  later(run: () => void, ms: number): () => void;
}

const REAL_CLOCK: SignalClock = {
  now: () => performance.now(),
  later: (run, ms) => {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
};

export class SignalActions {
  readonly store: Store<SignalViewState> = createStore<SignalViewState>({ hover: null, pinned: null });
  private readonly hoverQueue = new LatestOnlyQueue<SignalReading>();
  private readonly pinQueue = new LatestOnlyQueue<SignalReading>();
  /** The newest pointer position not yet asked about. */
  private wanted: [number, number] | null = null;
  private cancelTimer: (() => void) | null = null;
  private lastAsked = -Infinity;
  /** Bumped when the pointer leaves: answers to questions asked before are dropped. */
  private hoverEpoch = 0;
  private pinEpoch = 0;
  private seen: { figures: unknown; tech: Technology; threshold: number } | null = null;

  constructor(private readonly app: Store<AppState>, private readonly worker: SignalWorker, private readonly clock: SignalClock = REAL_CLOCK) {
    app.subscribe(() => this.followCoverage());
  }

  /** The pointer is over the map at (lon, lat). Cheap: keeps the position and arms one timer. */
  hover(lon: number, lat: number): void {
    this.wanted = [lon, lat];
    if (this.cancelTimer) return;
    const wait = Math.max(0, this.lastAsked + HOVER_INTERVAL_MS - this.clock.now());
    this.cancelTimer = this.clock.later(() => {
      this.cancelTimer = null;
      void this.askHover();
    }, wait);
  }

  /** The pointer left the map: the hover reading goes (a pinned one stays). */
  leave(): void {
    this.wanted = null;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.hoverEpoch++;
    if (this.store.get().hover) this.store.set({ hover: null });
  }

  /** A click on the map: the reading there is pinned. */
  async pin(lon: number, lat: number): Promise<void> {
    const epoch = ++this.pinEpoch;
    const tech = this.app.get().coverageTech;
    const reading = await this.pinQueue.run(() => this.worker.signalAt(lon, lat, tech)).catch(() => null);
    if (reading && epoch === this.pinEpoch) this.store.set({ pinned: reading });
  }

  /** The pin button: pins what is under the pointer, or (keyboard, no pointer) the reading at the map's centre. */
  pinCurrent(): Promise<void> {
    const hover = this.store.get().hover;
    if (hover) return this.pin(hover.lon, hover.lat);
    const b = mainMapBounds();
    if (!b) return Promise.resolve();
    return this.pin((b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
  }

  unpin(): void {
    this.pinEpoch++;
    this.store.set({ pinned: null });
  }

  private async askHover(): Promise<void> {
    const at = this.wanted;
    if (!at) return;
    this.wanted = null;
    this.lastAsked = this.clock.now();
    const epoch = this.hoverEpoch;
    const tech = this.app.get().coverageTech;
    const reading = await this.hoverQueue.run(() => this.worker.signalAt(at[0], at[1], tech)).catch(() => null);
    if (reading && epoch === this.hoverEpoch) this.store.set({ hover: reading });
  }

  /** New figures (a compute or an edit), another technology or threshold: the readings shown are asked again. */
  private followCoverage(): void {
    const { figures, coverageTech: tech, thresholdDbm: threshold } = this.app.get();
    const seen = this.seen;
    if (seen && seen.figures === figures && seen.tech === tech && seen.threshold === threshold) return;
    this.seen = { figures, tech, threshold };
    if (!seen) return;
    const { hover, pinned } = this.store.get();
    if (pinned) void this.pin(pinned.lon, pinned.lat);
    if (hover && !this.wanted) this.hover(hover.lon, hover.lat);
  }
}
