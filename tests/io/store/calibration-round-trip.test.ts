import { describe, expect, it } from 'vitest';
import { projectFromState, stateFromProject } from '../../../src/app/project-sync';
import { INITIAL_STATE, type AppState } from '../../../src/app/state';
import type { AppliedCalibration } from '../../../src/domain/measure/applied-calibration';
import { MemoryProjectStore } from '../../../src/io/store/memory-store';
import { exportProject, importProjectFile } from '../../../src/io/store/project-file';
import { problemsEn } from '../../helpers/reason-en';
import { dataset, sampleProject } from './fixtures';

const calibration: AppliedCalibration = {
  offsetsDb: [0, -4.2, 6.5], slopeDbPerDecade: null, log10RefM: 3.1, samples: 4321, heldOutRmseDb: 6.04,
  fileName: 'đo-kiểm.csv', appliedAt: '2026-12-05T07:00:00.000Z',
};
const state: AppState = {
  ...INITIAL_STATE, project: { id: 'p1', name: 'Tỉnh thử', createdAt: '2026-01-01T00:00:00.000Z' }, dataset: dataset(),
  scenarios: [{ id: 'sc1', name: 'Kịch bản 1', note: '', siteEdits: {}, addedSites: [], removedSiteIds: [] }], activeScenarioId: 'sc1', calibration,
};

describe('a calibration stored with the project', () => {
  it('survives the browser store and a project file with its source', async () => {
    const saved = projectFromState(state);
    if (!saved) throw new Error('no project');
    const store = new MemoryProjectStore();
    await store.save(saved);
    const loaded = await store.load('p1');
    expect(loaded && stateFromProject(loaded).calibration).toEqual(calibration);
    const reread = importProjectFile(exportProject(saved), 'p.phusong');
    expect('project' in reread && stateFromProject(reread.project).calibration).toEqual(calibration);
  });

  it('reads a project without one as uncalibrated, and saves none for an uncalibrated state', () => {
    expect(stateFromProject(sampleProject()).calibration).toBeNull();
    expect(projectFromState({ ...state, calibration: null })?.settings).not.toHaveProperty('calibration');
  });

  it('refuses a file whose offsets were edited beyond the bound, naming the offset', () => {
    const p = sampleProject({ settings: { ...sampleProject().settings, calibration: { ...calibration, offsetsDb: [0, 55, -3] } } });
    const r = importProjectFile(exportProject(p), 'p.phusong');
    expect('errors' in r && problemsEn(r.errors).some((e) => e.startsWith('settings.calibration.offsetsDb[1]: 55'))).toBe(true);
  });
});
