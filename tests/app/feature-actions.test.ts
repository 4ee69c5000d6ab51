/**
 * Each feature's actions are composed inside AppActions and own their store: two apps share no feature state
 * (the boundary and print stores were module singletons), and the print view's state changes only through
 * PrintActions.
 */
import { describe, expect, it } from 'vitest';
import { AppActions } from '../../src/app/actions';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { Cancelled } from '../../src/app/print-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import type { BoundarySetSummary } from '../../src/worker/print-api';

const SUMMARY = { units: 3 } as unknown as BoundarySetSummary;

function app() {
  const loaded: string[] = [];
  const worker = {
    loadBoundarySet: (_text: string, fileName: string) => {
      loaded.push(fileName);
      return Promise.resolve(SUMMARY);
    },
  } as unknown as CoverageWorker;
  const store = createStore<AppState>({ ...INITIAL_STATE });
  return { store, actions: new AppActions(store, worker), loaded };
}

describe('features composed inside AppActions', () => {
  it('each app has its own print, boundary and rules state', async () => {
    const a = app();
    const b = app();
    a.actions.print.open(null);
    a.actions.boundaries.setLabel('current', { name: 'Ranh giới 2024' });
    await a.actions.boundaries.loadFile('xa-2025.geojson', '{}', { name: '2025', date: '2025-07-01' });
    a.actions.rules.setProposerSettings({ maxSites: 9 });

    expect(a.actions.print.store.get().open).toBe(true);
    expect(a.actions.boundaries.store.get().current.name).toBe('Ranh giới 2024');
    expect(a.actions.boundaries.store.get().alt).toEqual({ name: '2025', date: '2025-07-01', summary: SUMMARY });
    expect(a.loaded).toEqual(['xa-2025.geojson']);
    expect(a.actions.rules.store.get().proposerSettings.maxSites).toBe(9);

    expect(b.actions.print.store.get().open).toBe(false);
    expect(b.actions.boundaries.store.get().current.name).toBe('');
    expect(b.actions.boundaries.store.get().alt).toBeNull();
    expect(b.actions.rules.store.get().proposerSettings.maxSites).toBe(5);
  });
});

describe('print actions', () => {
  it('open takes the app layers and the main view; the current-view extent follows the map on each opening', () => {
    const { store, actions } = app();
    store.set({ layers: { ...INITIAL_STATE.layers, fibre: false } });
    actions.print.open([107, 11, 108, 12]);
    const first = actions.print.store.get();
    expect(first.settings?.layers.fibre).toBe(false);
    expect(first.settings?.extent).toEqual({ kind: 'province' });
    expect(first.mainView).toEqual([107, 11, 108, 12]);

    actions.print.updateSettings({ extent: { kind: 'view', bounds: [107, 11, 108, 12] }, title: 'Phủ sóng' });
    actions.print.close();
    expect(actions.print.store.get().open).toBe(false);
    actions.print.open([107.5, 11.5, 107.8, 11.8]);
    expect(actions.print.store.get().settings?.extent).toEqual({ kind: 'view', bounds: [107.5, 11.5, 107.8, 11.8] });
    expect(store.get().printChoices.title).toBe('Phủ sóng');
    actions.print.close();
    actions.print.open(null);
    expect(actions.print.store.get().settings?.extent).toEqual({ kind: 'province' });
  });

  it('runs one job at a time with its progress, reports a failure and not a cancel', async () => {
    const { actions } = app();
    const print = actions.print;
    const seen: unknown[] = [];
    let release = () => undefined as void;
    const running = print.runJob(async (progress) => {
      progress('Trang 1', 1, 3);
      seen.push(print.store.get().progress);
      await new Promise<void>((r) => (release = r));
    });
    let second = false;
    await print.runJob(async () => {
      second = true;
    });
    expect(second).toBe(false);
    release();
    await running;
    expect(seen).toEqual([{ label: 'Trang 1', done: 1, total: 3 }]);
    expect(print.store.get().progress).toBeNull();

    await print.runJob(() => Promise.reject(new Error('canvas too large')));
    expect(print.store.get().error).toBe('canvas too large');
    await print.runJob(() => Promise.reject(new Cancelled()));
    expect(print.store.get().error).toBeNull();
    expect(print.store.get().progress).toBeNull();
  });
});
