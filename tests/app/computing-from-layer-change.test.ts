/**
 * New layers (an import, an undo across one) say "computing" at once: the header used to stay "ready" over the old
 * coverage while the engine took the layers, and only turned busy when the build itself began.
 */
import { describe, expect, it } from 'vitest';
import { AppActions } from '../../src/app/actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { generateDemoDataset } from '../../src/domain/demo';

describe('the computing state follows a change of layers', () => {
  it('is set before the engine has the layers and cleared after the build', async () => {
    let takeLayers: () => void = () => undefined;
    // Figures with no baseline: nothing to compare, so the fake needs no more than this.
    const figures = { techs: ['4G'], warnings: [] };
    const worker = {
      setDataset: () => new Promise((resolve) => (takeLayers = () => resolve({ districts: [], labels: [], fibreLengthM: {}, hillshade: null, landCover: null }))),
      compute: () => Promise.resolve({ figures, baselineFigures: null, images: {}, elapsedMs: 1, threads: 1 }),
      applyEdits: () => Promise.resolve(null),
      image: () => Promise.resolve(null),
    } as unknown as CoverageWorker;
    const store = createStore<AppState>({ ...INITIAL_STATE, dataset: generateDemoDataset() });
    const actions = new AppActions(store, worker);

    const reloading = actions.reloadBaseline();
    expect(store.get().computing).toBe(true);
    takeLayers();
    await reloading;
    expect(store.get().computing).toBe(false);
    expect(store.get().notices).toEqual([]);
    expect(store.get().figures).toBe(figures);
  });

  it('is cleared when the engine refuses the layers', async () => {
    const worker = { setDataset: () => Promise.reject(new Error('refused')) } as unknown as CoverageWorker;
    const store = createStore<AppState>({ ...INITIAL_STATE, dataset: generateDemoDataset() });
    await new AppActions(store, worker).reloadBaseline();
    expect(store.get().computing).toBe(false);
    expect(store.get().notices.at(-1)?.level).toBe('error');
  });
});
