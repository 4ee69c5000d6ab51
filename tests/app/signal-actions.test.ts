import { describe, expect, it } from 'vitest';
import type { CoverageFigures } from '../../src/domain/coverage';
import type { Technology } from '../../src/domain/model/types';
import { HOVER_INTERVAL_MS, SignalActions, type SignalClock } from '../../src/app/signal-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import type { SignalReading } from '../../src/worker/signal-api';

/** A clock the test moves by hand. */
function fakeClock() {
  let t = 0;
  const timers: { at: number; run: () => void; live: boolean }[] = [];
  const clock: SignalClock = {
    now: () => t,
    later(run, ms) {
      const timer = { at: t + ms, run, live: true };
      timers.push(timer);
      return () => {
        timer.live = false;
      };
    },
  };
  const advance = async (ms: number) => {
    t += ms;
    for (const timer of timers.filter((x) => x.live && x.at <= t)) {
      timer.live = false;
      timer.run();
    }
    await new Promise((r) => setTimeout(r, 0));
  };
  return { clock, advance };
}

/** A worker whose answers the test releases one by one. */
function fakeWorker() {
  const calls: { lon: number; lat: number; tech: Technology; answer: () => void }[] = [];
  const worker = {
    signalAt(lon: number, lat: number, tech: Technology): Promise<SignalReading> {
      return new Promise((resolve) => {
        calls.push({ lon, lat, tech, answer: () => resolve({ inGrid: false, reason: 'outside', tech, lon, lat }) });
      });
    },
  };
  return { worker, calls };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('signal at the cursor (app)', () => {
  it('asks the worker at most every interval while the pointer moves, always about the newest position', async () => {
    const app = createStore<AppState>(INITIAL_STATE);
    const { clock, advance } = fakeClock();
    const { worker, calls } = fakeWorker();
    const signal = new SignalActions(app, worker, clock);
    signal.hover(107.1, 12.1);
    await advance(0);
    expect(calls.map((c) => c.lon)).toEqual([107.1]);
    for (let i = 0; i < 10; i++) {
      signal.hover(107.2 + i / 100, 12.1);
      await advance(10);
    }
    // 100 ms later: still one question. At the interval the newest position is asked, once the worker has answered
    // the first (one question at a time; the positions in between are never asked).
    expect(calls).toHaveLength(1);
    await advance(HOVER_INTERVAL_MS);
    expect(calls).toHaveLength(1);
    calls[0]?.answer();
    await flush();
    expect(signal.store.get().hover?.lon).toBe(107.1);
    expect(calls.map((c) => c.lon)).toEqual([107.1, 107.29]);
    calls[1]?.answer();
    await flush();
    expect(signal.store.get().hover?.lon).toBe(107.29);
  });

  it('drops an answer that comes after the pointer left, and a click pins its reading until unpinned', async () => {
    const app = createStore<AppState>(INITIAL_STATE);
    const { clock, advance } = fakeClock();
    const { worker, calls } = fakeWorker();
    const signal = new SignalActions(app, worker, clock);
    signal.hover(107.1, 12.1);
    await advance(0);
    signal.leave();
    calls[0]?.answer();
    await flush();
    expect(signal.store.get().hover).toBeNull();
    const pinned = signal.pin(107.3, 12.3);
    calls[1]?.answer();
    await pinned;
    expect(signal.store.get().pinned).toMatchObject({ lon: 107.3, lat: 12.3, tech: '4G' });
    signal.unpin();
    expect(signal.store.get().pinned).toBeNull();
  });

  it('asks again about the pinned point when the coverage changes, in the technology shown', async () => {
    const app = createStore<AppState>(INITIAL_STATE);
    const { clock } = fakeClock();
    const { worker, calls } = fakeWorker();
    const signal = new SignalActions(app, worker, clock);
    app.set({ lang: 'en' });
    const pinned = signal.pin(107.3, 12.3);
    calls[0]?.answer();
    await pinned;
    app.set({ lang: 'vi' });
    expect(calls).toHaveLength(1);
    app.set({ coverageTech: '5G' });
    expect(calls.map((c) => c.tech)).toEqual(['4G', '5G']);
    app.set({ figures: {} as CoverageFigures });
    calls[1]?.answer();
    await flush();
    expect(calls).toHaveLength(3);
  });
});
