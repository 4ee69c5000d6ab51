/**
 * The coverage kept with a stored project is the engine's result for exactly the stored state, and it is shown
 * again only for that state: the same revision, settings, scenario and build.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoverageMemory, type CoverageCacheIo } from '../../src/app/coverage-memory';
import { inputsOf } from '../../src/app/coverage-settings';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore, type Store } from '../../src/app/store';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, type CoverageFigures } from '../../src/domain/coverage';
import { DEFAULT_LINK_BUDGETS } from '../../src/domain/radio';
import { oneUnit, site } from '../domain/coverage/helpers';
import type { CoverageImage } from '../../src/domain/display/coverage-image';
import type { CachedCoverage } from '../../src/io/store/coverage-cache';
import { dataset } from '../io/store/fixtures';

const figures: CoverageFigures = new CoverageModel(
  oneUnit([site('A', 107.6, 12.1)]), { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 200, budgets: DEFAULT_LINK_BUDGETS, techs: ['4G', '5G'] }, { ftth: null },
).figures();
const image: CoverageImage = { width: 1, height: 1, rgba: new Uint8ClampedArray(4), bounds: [107, 12, 108, 13] };

function memoryIo(): CoverageCacheIo & { kept: Map<string, CachedCoverage>; saves: number } {
  const kept = new Map<string, CachedCoverage>();
  const io = {
    kept,
    saves: 0,
    save: (c: CachedCoverage) => {
      io.saves++;
      kept.set(c.projectId, c);
      return Promise.resolve();
    },
    load: (id: string) => Promise.resolve(kept.get(id) ?? null),
  };
  return io;
}

/** A project saved as revision 4 with its build on screen, asked for with the state as it is. */
function savedAndComputed(): Store<AppState> {
  const s: AppState = {
    ...INITIAL_STATE, dataset: dataset(), project: { id: 'p', name: 'P', createdAt: '2026-12-06' }, tabSync: { ...INITIAL_STATE.tabSync, revision: 4 },
    figures, baselineFigures: figures, images: { '4G': image }, unsavedChanges: false,
  };
  return createStore<AppState>({ ...s, resultInputs: inputsOf(s) });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('keeping the coverage with the saved project', () => {
  it('writes the result once it is the saved state, with its revision', async () => {
    const store = savedAndComputed();
    const io = memoryIo();
    new CoverageMemory(store, 'b1', io);
    store.set({ lastSavedAt: '2026-12-06T07:00:00Z' });
    await vi.runAllTimersAsync();
    expect(io.saves).toBe(1);
    expect(io.kept.get('p')?.revision).toBe(4);
    expect(store.get().coverageKept).toBe(4);
    store.set({ lastSavedAt: '2026-12-06T07:00:01Z' });
    await vi.runAllTimersAsync();
    expect(io.saves).toBe(1);
  });

  it('writes nothing while the state is unsaved, a build runs, the result is for other layers or settings, or another tab edits', async () => {
    const cases: Partial<AppState>[] = [
      { unsavedChanges: true },
      { computing: true },
      { dataset: dataset() },
      { thresholdDbm: INITIAL_STATE.thresholdDbm - 3 },
      { tabSync: { ...INITIAL_STATE.tabSync, revision: 4, mode: 'read-only' } },
      { storagePersistent: false },
    ];
    for (const change of cases) {
      const store = savedAndComputed();
      const io = memoryIo();
      new CoverageMemory(store, 'b1', io);
      store.set(change);
      await vi.runAllTimersAsync();
      expect(io.saves, JSON.stringify(Object.keys(change))).toBe(0);
    }
  });

  it('tries a failing write once per result and revision, not in a loop', async () => {
    const store = savedAndComputed();
    let tries = 0;
    new CoverageMemory(store, 'b1', { save: () => Promise.reject(new Error(`quota ${++tries}`)), load: () => Promise.resolve(null) });
    store.set({ lastSavedAt: 'x' });
    await vi.runAllTimersAsync();
    store.set({ lastSavedAt: 'y' });
    await vi.runAllTimersAsync();
    expect(tries).toBe(1);
    expect(store.get().coverageKept).toBeNull();
    store.set((s) => ({ tabSync: { ...s.tabSync, revision: 5 } }));
    await vi.runAllTimersAsync();
    expect(tries).toBe(2);
  });

  it('writes nothing in a build without an id (the dev server)', async () => {
    const store = savedAndComputed();
    const io = memoryIo();
    new CoverageMemory(store, null, io);
    store.set({ lastSavedAt: 'x' });
    await vi.runAllTimersAsync();
    expect(io.saves).toBe(0);
  });
});

describe('showing the kept coverage when the project is reopened', () => {
  async function keptThenReopened(change: Partial<AppState> = {}, build = 'b1') {
    const io = memoryIo();
    const before = savedAndComputed();
    new CoverageMemory(before, 'b1', io);
    before.set({ lastSavedAt: 'x' });
    await vi.runAllTimersAsync();
    const reopened = createStore<AppState>({ ...before.get(), figures: null, baselineFigures: null, images: {}, resultInputs: null, coverageKept: null, ...change });
    const memory = new CoverageMemory(reopened, build, io);
    memory.prefetch('p');
    return { shown: await memory.restore(), state: reopened.get(), io, reopened };
  }

  it('shows it for the same revision and settings, without the reference the planner edits against', async () => {
    const { shown, state } = await keptThenReopened();
    expect(shown).toBe(true);
    expect(state.figures).toEqual(figures);
    expect(state.images['4G']).toBe(image);
    expect(state.baselineFigures).toBeNull();
    expect(state.coverageRestored).toBe(true);
    expect(state.coverageKept).toBe(4);
  });

  it('does not show it for another revision, other settings, another scenario or another build', async () => {
    expect((await keptThenReopened({ tabSync: { ...INITIAL_STATE.tabSync, revision: 5 } })).shown).toBe(false);
    expect((await keptThenReopened({ thresholdDbm: INITIAL_STATE.thresholdDbm + 3 })).shown).toBe(false);
    expect((await keptThenReopened({ activeScenarioId: 'other' })).shown).toBe(false);
    expect((await keptThenReopened({}, 'b2')).shown).toBe(false);
  });

  it('does not cover a build that landed first, and is not written again after the build of the same state', async () => {
    expect((await keptThenReopened({ figures, resultInputs: inputsOf(savedAndComputed().get()) })).shown).toBe(false);

    const { io, reopened } = await keptThenReopened();
    expect(io.saves).toBe(1);
    reopened.set((s) => ({ baselineFigures: figures, resultInputs: inputsOf(s), coverageRestored: false }));
    await vi.runAllTimersAsync();
    expect(io.saves).toBe(1);
    expect(reopened.get().coverageKept).toBe(4);
  });
});
