import { describe, expect, it } from 'vitest';
import { Autosave } from '../../src/app/autosave';
import { projectFromState, stateFromProject } from '../../src/app/project-sync';
import { INITIAL_STATE, type AppState, type OpenProject } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import type { Dataset, Site } from '../../src/domain/model/types';
import { MemoryProjectStore, type Project } from '../../src/io/store';
import { renderMessage } from '../../src/i18n/messages';
import { storageErrorMessage } from '../../src/app/storage-error-text';

const site: Site = {
  id: 'S1', name: 'S1', carrier: 'VNPT', lon: 107.7, lat: 12, heightM: 30, proposed: false,
  radios: [{ tech: '4G', bandMHz: 1800 }], sectors: [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 0 }],
};
const dataset: Dataset = { meta: { name: 'd', synthetic: true, sources: [] }, units: [], villages: [], sites: [site], fibre: [] };
const open: OpenProject = { id: 'p1', name: 'Tỉnh thử', createdAt: '2026-01-01T00:00:00.000Z' };
const scenario = (siteEdits: Record<string, Site>, id = 'sc1') => ({ id, name: 'Kịch bản 1', note: 'ghi chú', siteEdits, addedSites: [], removedSiteIds: [] });
const base: AppState = { ...INITIAL_STATE, project: open, dataset, scenarios: [scenario({})], activeScenarioId: 'sc1' };

describe('project ↔ app state', () => {
  it('round-trips the baseline, scenario edits and settings', () => {
    const proposed = { ...site, id: 'P-1', proposed: true };
    const second = { ...scenario({}, 'sc2'), name: 'Phương án B', addedSites: [proposed], removedSiteIds: ['S1'] };
    const state: AppState = {
      ...base, scenarios: [scenario({ S1: { ...site, lon: 108 } }), second], activeScenarioId: 'sc2',
      thresholdDbm: -110, lang: 'en', cellSizeM: 50,
    };
    const project = projectFromState(state);
    expect(project?.baseline.sites[0]?.lon).toBe(107.7);
    const back = stateFromProject(project as Project);
    expect(back.scenarios?.[0]?.siteEdits.S1?.lon).toBe(108);
    expect(back.scenarios?.[1]).toEqual(second);
    expect(back.activeScenarioId).toBe('sc2');
    expect(back.project).toEqual(open);
    expect(back.thresholdDbm).toBe(-110);
    expect(back.cellSizeM).toBe(50);
    expect(back.lang).toBe('en');
  });
  it('has nothing to save before layers are loaded', () => {
    expect(projectFromState(INITIAL_STATE)).toBeNull();
    expect(projectFromState({ ...base, project: null })).toBeNull();
  });
});

describe('Autosave', () => {
  it('saves after a change to what a project keeps, and not after view-only changes', async () => {
    const projects = new MemoryProjectStore();
    const state = createStore<AppState>(base);
    const autosave = new Autosave(state, projects, () => undefined, 10_000);
    state.set({ coverageTech: '5G' });
    await autosave.flush();
    state.set({ scenarios: [scenario({ S1: { ...site, lat: 12.5 } })] });
    await autosave.flush();
    const saved = await projects.load('p1');
    expect(saved?.scenarios[0]?.siteEdits.S1?.lat).toBe(12.5);
    expect(state.get().lastSavedAt).toBe(saved?.updatedAt);
  });

  it('reports a failed save (storage full) and keeps the work in memory', async () => {
    const projects = new MemoryProjectStore();
    projects.setQuotaBytes(10);
    const state = createStore<AppState>(base);
    const errors: unknown[] = [];
    const autosave = new Autosave(state, projects, (e) => errors.push(e), 10_000);
    state.set({ scenarios: [scenario({ S1: { ...site, lat: 13 } })] });
    await autosave.flush();
    expect(errors).toHaveLength(1);
    expect(renderMessage('vi', storageErrorMessage(errors[0]))).toMatch(/bộ nhớ/);
    expect(state.get().scenarios[0]?.siteEdits.S1?.lat).toBe(13);
  });

  it('marks changes unsaved until a save that includes them lands; a change during a save keeps them unsaved', async () => {
    const projects = new MemoryProjectStore();
    const state = createStore<AppState>(base);
    const autosave = new Autosave(state, projects, () => undefined, 10_000);
    expect(state.get().unsavedChanges).toBe(false);
    state.set({ coverageTech: '5G' });
    expect(state.get().unsavedChanges).toBe(false);
    state.set({ scenarios: [scenario({ S1: { ...site, lat: 12.5 } })] });
    expect(state.get().unsavedChanges).toBe(true);
    const first = autosave.flush();
    state.set({ scenarios: [{ ...scenario({ S1: { ...site, lat: 12.5 } }), name: 'Phủ lõm 2027' }] });
    await first;
    expect(state.get().lastSavedAt).not.toBeNull();
    expect(state.get().unsavedChanges).toBe(true);
    await autosave.flush();
    expect(state.get().unsavedChanges).toBe(false);
    expect((await projects.load('p1'))?.scenarios[0]?.name).toBe('Phủ lõm 2027');
  });

  it('keeps changes marked unsaved when the save fails', async () => {
    const projects = new MemoryProjectStore();
    projects.setQuotaBytes(10);
    const state = createStore<AppState>(base);
    const autosave = new Autosave(state, projects, () => undefined, 10_000);
    state.set({ scenarios: [scenario({ S1: { ...site, lat: 13 } })] });
    await autosave.flush();
    expect(state.get().unsavedChanges).toBe(true);
    expect(state.get().lastSavedAt).toBeNull();
  });
});
