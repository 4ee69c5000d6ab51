import { describe, expect, it } from 'vitest';
import { projectFromState, stateFromProject } from '../../src/app/project-sync';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { techThresholdDbm } from '../../src/domain/coverage';
import { migrateProject } from '../../src/io/store/migrations';
import { defaultSettings } from '../../src/io/store/new-project';
import { StoreError } from '../../src/io/store/store';
import { validateProject } from '../../src/io/store/validate';
import { dataset, sampleProject } from '../io/store/fixtures';
import { problemsEn } from '../helpers/reason-en';

const open = { id: 'p1', name: 'Tỉnh thử', createdAt: '2026-01-01T00:00:00.000Z' };
const base: AppState = {
  ...INITIAL_STATE, project: open, dataset: dataset(),
  scenarios: [{ id: 'sc1', name: 'Kịch bản 1', note: '', siteEdits: {}, addedSites: [], removedSiteIds: [] }], activeScenarioId: 'sc1',
};

describe('thresholds per measure in a project', () => {
  it('starts new projects and the app at each measure\'s good outdoor level', () => {
    expect(defaultSettings()).toMatchObject({ thresholdDbm: -105, thresholdRxLevDbm: -95, thresholdRscpDbm: -100 });
    expect(INITIAL_STATE).toMatchObject({ thresholdDbm: -105, thresholdRxLevDbm: -95, thresholdRscpDbm: -100 });
  });

  it('round-trips the RSRP, RxLev and RSCP thresholds through a saved project file', () => {
    const state: AppState = { ...base, thresholdDbm: -110, thresholdRxLevDbm: -90, thresholdRscpDbm: -105 };
    const saved = projectFromState(state);
    expect(saved?.settings).toMatchObject({ thresholdDbm: -110, thresholdRxLevDbm: -90, thresholdRscpDbm: -105 });
    const reread = migrateProject(JSON.parse(JSON.stringify(saved)));
    const back = stateFromProject(reread);
    expect(back).toMatchObject({ thresholdDbm: -110, thresholdRxLevDbm: -90, thresholdRscpDbm: -105 });
    const settings = { ...state, ...back } as AppState;
    expect(techThresholdDbm(settings, '2G')).toBe(-90);
    expect(techThresholdDbm(settings, '3G')).toBe(-105);
    expect(techThresholdDbm(settings, '5G')).toBe(-110);
  });

  it('reads a project saved before the measures: RSRP kept, RxLev and RSCP at good outdoor', () => {
    const old = sampleProject();
    const { thresholdRxLevDbm: _x, thresholdRscpDbm: _y, ...oldSettings } = { ...old.settings, thresholdDbm: -100 };
    const raw = JSON.parse(JSON.stringify({ ...old, settings: oldSettings })) as Record<string, unknown>;
    expect(JSON.stringify(raw)).not.toContain('thresholdRxLevDbm');
    const p = migrateProject(raw);
    const back = stateFromProject(p);
    expect(back).toMatchObject({ thresholdDbm: -100, thresholdRxLevDbm: -95, thresholdRscpDbm: -100 });
  });

  it('refuses a measure threshold that is not a level', () => {
    const p = sampleProject();
    const bad = { ...p, settings: { ...p.settings, thresholdRxLevDbm: 12, thresholdRscpDbm: 'x' } };
    const result = validateProject(JSON.parse(JSON.stringify(bad)));
    expect('errors' in result ? problemsEn(result.errors).join('\n') : '').toMatch(/settings\.thresholdRxLevDbm[\s\S]*settings\.thresholdRscpDbm/);
    expect(() => migrateProject(JSON.parse(JSON.stringify(bad)))).toThrow(StoreError);
  });
});
