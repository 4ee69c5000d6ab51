import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from '../../src/app/store';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { watchLevelChange } from '../../src/app/level-change-watch';
import type { CoverageWorker } from '../../src/app/coverage-client';
import type { FiguresDelta } from '../../src/domain/scenario/figures-delta';
import type { LevelChange } from '../../src/domain/scenario/level-change';
import { site } from '../domain/coverage/helpers';

const emptyDelta = (): FiguresDelta => ({ tech: '4G', gained: [], lost: [], peopleGained: 0, areaKm2Gained: 0, units: [] });
const change: LevelChange = { tech: '4G', strongerKm2: 3, strongerCoveredKm2: 3, meanGainDb: 4, weakerKm2: 0, meanLossDb: 0, stepDb: 1 };

function setup(edited: boolean) {
  const scenario = { ...INITIAL_STATE.scenarios[0]!, addedSites: edited ? [{ ...site('P-1', 107.6, 12.1), proposed: true }] : [] };
  const store = createStore<AppState>({ ...INITIAL_STATE, scenarios: [scenario] });
  const levelChange = vi.fn(async () => change);
  watchLevelChange(store, { levelChange } as unknown as CoverageWorker);
  return { store, levelChange };
}

describe('watchLevelChange', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks the worker once the edits pause, only for an empty delta of a scenario with edits, and shows the answer', async () => {
    const { store, levelChange } = setup(true);
    store.set({ delta: emptyDelta() });
    store.set({ delta: emptyDelta() });
    await vi.advanceTimersByTimeAsync(100);
    expect(levelChange).not.toHaveBeenCalled();
    const last = emptyDelta();
    store.set({ delta: last });
    await vi.advanceTimersByTimeAsync(300);
    // The drag's earlier deltas were replaced before they settled: one call, for the last one.
    expect(levelChange).toHaveBeenCalledTimes(1);
    expect(levelChange).toHaveBeenCalledWith('4G');
    expect(store.get().deltaLevels).toEqual(change);
    // A delta that changes figures drops the answer and asks nothing.
    store.set({ delta: { ...emptyDelta(), peopleGained: 10, units: [{ code: 'U', name: 'U', areaPp: 1, populationPp: 1, villagesPp: 0, peopleGained: 10, areaKm2Gained: 1 }] } });
    await vi.advanceTimersByTimeAsync(300);
    expect(store.get().deltaLevels).toBeNull();
    expect(levelChange).toHaveBeenCalledTimes(1);
  });

  it('asks nothing for a scenario without edits, and drops an answer that comes after a newer delta', async () => {
    const idle = setup(false);
    idle.store.set({ delta: emptyDelta() });
    await vi.advanceTimersByTimeAsync(300);
    expect(idle.levelChange).not.toHaveBeenCalled();

    const { store, levelChange } = setup(true);
    let answer: (c: LevelChange) => void = () => undefined;
    levelChange.mockImplementationOnce(() => new Promise<LevelChange>((resolve) => { answer = resolve; }));
    store.set({ delta: emptyDelta() });
    await vi.advanceTimersByTimeAsync(300);
    store.set({ delta: emptyDelta() });
    answer(change);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get().deltaLevels).toBeNull();
  });
});
