import { describe, expect, it } from 'vitest';
import { PrintActions } from '../../src/app/print-actions';
import { projectFromState, savedSlice, sliceChanged, stateFromProject } from '../../src/app/project-sync';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { EMPTY_OFFICIAL_TEXTS, OFFICIAL_TEXT_MAX } from '../../src/domain/print/official-texts';
import { migrateProject } from '../../src/io/store/migrations';
import { StoreError } from '../../src/io/store/store';
import { validateProject } from '../../src/io/store/validate';
import { dataset, sampleProject } from '../io/store/fixtures';
import { problemsEn } from '../helpers/reason-en';

const open = { id: 'p1', name: 'Tỉnh thử', createdAt: '2026-01-01T00:00:00.000Z' };
const base: AppState = {
  ...INITIAL_STATE, project: open, dataset: dataset(),
  scenarios: [{ id: 'sc1', name: 'Kịch bản 1', note: '', siteEdits: {}, addedSites: [], removedSiteIds: [] }], activeScenarioId: 'sc1',
};
const TEXTS = {
  parentBody: 'UBND TỈNH LÂM ĐỒNG', body: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', reportRef: '125/BC-SKHCN', dataDate: '2026-11-30',
  place: 'Lâm Đồng', signTitle: 'GIÁM ĐỐC', signName: 'Nguyễn Văn A',
};

describe('the print\'s official block is saved with the project', () => {
  it('an edit in the print view is a project edit, and it round-trips through a saved project file', () => {
    const app = createStore<AppState>(base);
    const print = new PrintActions(app);
    const before = savedSlice(app.get());
    print.updateOfficialTexts(TEXTS);
    expect(sliceChanged(before, savedSlice(app.get())), 'a save is due').toBe(true);
    print.updateOfficialTexts({ signName: 'Trần Thị B' });
    expect(app.get().officialTexts).toEqual({ ...TEXTS, signName: 'Trần Thị B' });
    const saved = projectFromState(app.get());
    const reread = migrateProject(JSON.parse(JSON.stringify(saved)));
    expect(stateFromProject(reread).officialTexts).toEqual({ ...TEXTS, signName: 'Trần Thị B' });
  });

  it('reads a project saved before the block as an empty block', () => {
    const old = sampleProject();
    expect(JSON.stringify(old)).not.toContain('officialTexts');
    expect(stateFromProject(migrateProject(JSON.parse(JSON.stringify(old)))).officialTexts).toEqual(EMPTY_OFFICIAL_TEXTS);
  });

  it('cuts an over-long field read from a file to the field\'s limit', () => {
    const p = sampleProject();
    const long = { ...p, settings: { ...p.settings, officialTexts: { ...TEXTS, body: 'SỞ '.repeat(200) } } };
    const back = stateFromProject(migrateProject(JSON.parse(JSON.stringify(long))));
    expect([...(back.officialTexts?.body ?? '')]).toHaveLength(OFFICIAL_TEXT_MAX.body);
  });

  it('refuses a block whose fields are not texts', () => {
    const p = sampleProject();
    const bad = { ...p, settings: { ...p.settings, officialTexts: { ...TEXTS, body: 12, place: ['Lâm Đồng'] } } };
    const result = validateProject(JSON.parse(JSON.stringify(bad)));
    expect('errors' in result ? problemsEn(result.errors).join('\n') : '').toMatch(/settings\.officialTexts\.body[\s\S]*settings\.officialTexts\.place/);
    expect(() => migrateProject(JSON.parse(JSON.stringify({ ...p, settings: { ...p.settings, officialTexts: 'x' } })))).toThrow(StoreError);
  });
});
