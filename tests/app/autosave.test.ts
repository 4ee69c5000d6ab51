import { describe, expect, it } from 'vitest';
import { Autosave } from '../../src/app/autosave';
import { projectFromState, stateFromProject, type OpenProject } from '../../src/app/project-sync';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import type { Dataset, Site } from '../../src/domain/model/types';
import { MemoryProjectStore, StoreError, type Project } from '../../src/io/store';

const site: Site = {
  id: 'S1', name: 'S1', carrier: 'VNPT', lon: 107.7, lat: 12, heightM: 30, proposed: false,
  radios: [{ tech: '4G', bandMHz: 1800 }], sectors: [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 0 }],
};
const dataset: Dataset = { meta: { name: 'd', synthetic: true, sources: [] }, units: [], villages: [], sites: [site], fibre: [] };
const open: OpenProject = { id: 'p1', name: 'Tỉnh thử', createdAt: '2026-01-01T00:00:00.000Z', scenarioId: 'sc1' };

describe('project ↔ app state', () => {
  it('round-trips the baseline, scenario edits and settings', () => {
    const state: AppState = { ...INITIAL_STATE, dataset, siteEdits: { S1: { ...site, lon: 108 } }, thresholdDbm: -110, lang: 'en', cellSizeM: 50 };
    const project = projectFromState(open, state);
    expect(project?.baseline.sites[0]?.lon).toBe(107.7);
    const back = stateFromProject(project as Project);
    expect(back.siteEdits?.S1?.lon).toBe(108);
    expect(back.thresholdDbm).toBe(-110);
    expect(back.cellSizeM).toBe(50);
    expect(back.lang).toBe('en');
  });
  it('has nothing to save before layers are loaded', () => {
    expect(projectFromState(open, INITIAL_STATE)).toBeNull();
  });
});

describe('Autosave', () => {
  it('saves after a change to what a project keeps, and not after view-only changes', async () => {
    const projects = new MemoryProjectStore();
    const state = createStore<AppState>({ ...INITIAL_STATE, dataset });
    const autosave = new Autosave(state, projects, open, () => undefined, 10_000);
    state.set({ coverageTech: '5G' });
    await autosave.flush();
    state.set({ siteEdits: { S1: { ...site, lat: 12.5 } } });
    await autosave.flush();
    const saved = await projects.load('p1');
    expect(saved?.scenarios[0]?.siteEdits.S1?.lat).toBe(12.5);
    expect(state.get().lastSavedAt).toBe(saved?.updatedAt);
  });

  it('reports a failed save (storage full) and keeps the work in memory', async () => {
    const projects = new MemoryProjectStore();
    projects.setQuotaBytes(10);
    const state = createStore<AppState>({ ...INITIAL_STATE, dataset });
    const errors: unknown[] = [];
    const autosave = new Autosave(state, projects, open, (e) => errors.push(e), 10_000);
    state.set({ siteEdits: { S1: { ...site, lat: 13 } } });
    await autosave.flush();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(StoreError);
    expect(state.get().siteEdits.S1?.lat).toBe(13);
  });
});
