import { describe, expect, it } from 'vitest';
import { Autosave } from '../../src/app/autosave';
import { projectFromState } from '../../src/app/project-sync';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore, type Store } from '../../src/app/store';
import type { Dataset, Site } from '../../src/domain/model/types';
import { MemoryProjectStore, type StoreError } from '../../src/io/store';

const site: Site = {
  id: 'S1', name: 'S1', carrier: 'VNPT', lon: 107.7, lat: 12, heightM: 30, proposed: false,
  radios: [{ tech: '4G', bandMHz: 1800 }], sectors: [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 0 }],
};
const dataset: Dataset = { meta: { name: 'd', synthetic: true, sources: [] }, units: [], villages: [], sites: [site], fibre: [] };
const scenario = { id: 'sc1', name: 'Kịch bản 1', note: '', siteEdits: {}, addedSites: [], removedSiteIds: [] };
const base: AppState = {
  ...INITIAL_STATE, project: { id: 'p1', name: 'Tỉnh thử', createdAt: '2026-01-01T00:00:00.000Z' }, dataset, scenarios: [scenario], activeScenarioId: 'sc1',
};

interface Tab {
  state: Store<AppState>;
  autosave: Autosave;
  errors: unknown[];
  conflicts: StoreError[];
  saved: number[];
}

/** A tab that opened the project as stored at `revision`. */
function openTab(projects: MemoryProjectStore, revision: number): Tab {
  const state = createStore<AppState>({ ...base, tabSync: { ...base.tabSync, revision } });
  const errors: unknown[] = [];
  const conflicts: StoreError[] = [];
  const saved: number[] = [];
  const autosave = new Autosave(state, projects, (e) => errors.push(e), 10_000, {
    saved: (_, r) => saved.push(r),
    conflict: (e) => conflicts.push(e),
  });
  return { state, autosave, errors, conflicts, saved };
}

const renameScenario = (tab: Tab, name: string) => tab.state.set((s) => ({ scenarios: s.scenarios.map((x) => ({ ...x, name })) }));
const writeNote = (tab: Tab, note: string) => tab.state.set((s) => ({ scenarios: s.scenarios.map((x) => ({ ...x, note })) }));

async function storedOnce(): Promise<{ projects: MemoryProjectStore; revision: number }> {
  const projects = new MemoryProjectStore();
  const first = projectFromState(base);
  if (!first) throw new Error('no project');
  return { projects, revision: await projects.save(first, 0) };
}

describe('Autosave with two tabs on one project', () => {
  it('refuses the later tab\'s stale save: the first tab\'s rename stays stored and the later tab is told', async () => {
    const { projects, revision } = await storedOnce();
    const a = openTab(projects, revision);
    const b = openTab(projects, revision);
    renameScenario(a, 'Phủ lõm 2027');
    await a.autosave.flush();
    expect(a.state.get().unsavedChanges).toBe(false);
    expect(a.state.get().tabSync.revision).toBe(revision + 1);
    expect(a.saved).toEqual([revision + 1]);

    writeNote(b, 'Ghi chú của thẻ B');
    await b.autosave.flush();
    const stored = await projects.load('p1');
    expect(stored?.scenarios[0]?.name).toBe('Phủ lõm 2027');
    expect(stored?.scenarios[0]?.note).toBe('');
    expect(b.conflicts).toHaveLength(1);
    expect(b.errors).toEqual([]);
    expect(b.state.get().tabSync.conflict).toBe(true);
    // The header must not say "saved": the change is still unsaved, and B's work is still on screen.
    expect(b.state.get().unsavedChanges).toBe(true);
    expect(b.state.get().lastSavedAt).toBeNull();
    expect(b.state.get().scenarios[0]?.note).toBe('Ghi chú của thẻ B');
  });

  it('saves nothing more from a tab in conflict until the user chose, however often it flushes', async () => {
    const { projects, revision } = await storedOnce();
    const a = openTab(projects, revision);
    const b = openTab(projects, revision);
    renameScenario(a, 'A');
    await a.autosave.flush();
    writeNote(b, 'B1');
    await b.autosave.flush();
    writeNote(b, 'B2');
    await b.autosave.flush();
    expect((await projects.loadWithRevision('p1'))?.revision).toBe(revision + 1);
    expect(b.conflicts).toHaveLength(1);
  });

  it('does not save from a read-only tab; its edits stay marked unsaved', async () => {
    const { projects, revision } = await storedOnce();
    const b = openTab(projects, revision);
    b.state.set((s) => ({ tabSync: { ...s.tabSync, mode: 'read-only' } }));
    writeNote(b, 'chỉ xem');
    await b.autosave.flush();
    expect((await projects.load('p1'))?.scenarios[0]?.note).toBe('');
    expect(b.state.get().unsavedChanges).toBe(true);
  });

  it('saves each change on top of its own previous save (the base follows the tab\'s saves)', async () => {
    const { projects, revision } = await storedOnce();
    const a = openTab(projects, revision);
    renameScenario(a, 'một');
    await a.autosave.flush();
    renameScenario(a, 'hai');
    await a.autosave.flush();
    expect(a.conflicts).toEqual([]);
    expect(a.saved).toEqual([revision + 1, revision + 2]);
    expect((await projects.load('p1'))?.scenarios[0]?.name).toBe('hai');
  });
});
