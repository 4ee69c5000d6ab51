/**
 * The print's title, subtitle, sources, palette and graticule are the project's: an edit in the print view is a
 * project edit that round-trips through a saved file, older projects read as defaults, bad values are refused;
 * and the issuing body an older build kept in the browser becomes the official block's body, once.
 */
import { describe, expect, it } from 'vitest';
import { PrintActions } from '../../src/app/print-actions';
import { mapPageSpec, pageLayout } from '../../src/app/print-page';
import { LEGACY_ISSUER_KEY } from '../../src/app/print-settings';
import { projectFromState, savedSlice, sliceChanged, stateFromProject } from '../../src/app/project-sync';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { DEFAULT_PRINT_CHOICES, PRINT_TEXT_MAX } from '../../src/domain/print/print-choices';
import { writePdf } from '../../src/io/pdf';
import { migrateProject } from '../../src/io/store/migrations';
import { StoreError } from '../../src/io/store/store';
import { validateProject } from '../../src/io/store/validate';
import { dataset, sampleProject } from '../io/store/fixtures';
import { demoPrintContext, pdfToText, testFonts } from '../helpers/print-context';
import { problemsEn } from '../helpers/reason-en';

const open = { id: 'p1', name: 'Tỉnh thử', createdAt: '2026-01-01T00:00:00.000Z' };
const base: AppState = {
  ...INITIAL_STATE, project: open, dataset: dataset(),
  scenarios: [{ id: 'sc1', name: 'Kịch bản 1', note: '', siteEdits: {}, addedSites: [], removedSiteIds: [] }], activeScenarioId: 'sc1',
};
const CHOICES = {
  title: 'BẢN ĐỒ HIỆN TRẠNG PHỦ SÓNG 4G', subtitle: 'Phụ lục 2', sources: 'Sở TT&TT; Tổng cục Thống kê 2019', palette: 'greyscale', graticule: false,
} as const;

function memoryStorage(entries: Record<string, string> = {}) {
  const mem = new Map(Object.entries(entries));
  return { mem, getItem: (k: string) => mem.get(k) ?? null, removeItem: (k: string) => void mem.delete(k) };
}

describe('the print\'s texts and choices are saved with the project', () => {
  it('an edit in the print view is a project edit; paper and extent stay with the print view; a saved file keeps the choices', () => {
    const app = createStore<AppState>(base);
    const print = new PrintActions(app, memoryStorage());
    print.open(null);
    const before = savedSlice(app.get());
    print.updateSettings({ paper: 'A3' });
    expect(sliceChanged(before, savedSlice(app.get())), 'the paper is not the project\'s').toBe(false);
    expect(print.store.get().settings?.paper).toBe('A3');
    print.updateSettings(CHOICES);
    expect(sliceChanged(before, savedSlice(app.get())), 'a save is due').toBe(true);
    expect(app.get().printChoices).toEqual(CHOICES);
    expect(print.store.get().settings).not.toHaveProperty('title');
    const reread = migrateProject(JSON.parse(JSON.stringify(projectFromState(app.get()))));
    expect(stateFromProject(reread).printChoices).toEqual(CHOICES);
  });

  it('reads a project saved before them with the defaults', () => {
    const old = sampleProject();
    expect(old.settings).not.toHaveProperty('print');
    expect(stateFromProject(migrateProject(JSON.parse(JSON.stringify(old)))).printChoices).toEqual(DEFAULT_PRINT_CHOICES);
  });

  it('cuts an over-long text read from a file to its field\'s limit', () => {
    const p = sampleProject();
    const long = { ...p, settings: { ...p.settings, print: { ...CHOICES, sources: 'Nguồn '.repeat(200) } } };
    const back = stateFromProject(migrateProject(JSON.parse(JSON.stringify(long))));
    expect([...(back.printChoices?.sources ?? '')]).toHaveLength(PRINT_TEXT_MAX.sources);
    expect(back.printChoices?.palette).toBe('greyscale');
  });

  it('refuses texts that are not texts, an unknown palette and a graticule that is not yes or no', () => {
    const p = sampleProject();
    const bad = { ...p, settings: { ...p.settings, print: { title: 3, palette: 'sepia', graticule: 'yes' } } };
    const result = validateProject(JSON.parse(JSON.stringify(bad)));
    expect('errors' in result ? problemsEn(result.errors).join('\n') : '').toMatch(/settings\.print\.title[\s\S]*settings\.print\.palette[\s\S]*settings\.print\.graticule/);
    expect(() => migrateProject(JSON.parse(JSON.stringify({ ...p, settings: { ...p.settings, print: [] } })))).toThrow(StoreError);
  });
});

describe('one issuing body: the official block\'s', () => {
  it('takes the body an older build kept in the browser, once, and leaves a body already typed alone', () => {
    const storage = memoryStorage({ [LEGACY_ISSUER_KEY]: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG' });
    const app = createStore<AppState>(base);
    const print = new PrintActions(app, storage);
    print.open(null);
    expect(app.get().officialTexts.body).toBe('SỞ THÔNG TIN VÀ TRUYỀN THÔNG');
    expect(storage.mem.has(LEGACY_ISSUER_KEY)).toBe(false);
    print.updateOfficialTexts({ body: '' });
    print.close();
    print.open(null);
    expect(app.get().officialTexts.body, 'not adopted a second time').toBe('');

    const typed = createStore<AppState>({ ...base, officialTexts: { ...base.officialTexts, body: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' } });
    const other = memoryStorage({ [LEGACY_ISSUER_KEY]: 'SỞ CŨ' });
    new PrintActions(typed, other).open(null);
    expect(typed.get().officialTexts.body).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(other.mem.has(LEGACY_ISSUER_KEY)).toBe(false);
  });

  it('the map page prints the body once (in the header), the typed sources line instead of the layers\'', () => {
    const base = demoPrintContext('vi', { sources: 'Sở  TT&TT Lâm Đồng; OSM' });
    const ctx = { ...base, app: { ...base.app, officialTexts: { ...base.app.officialTexts, body: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' } } };
    const text = pdfToText(writePdf([mapPageSpec(ctx, pageLayout(ctx), null)], { fonts: testFonts() })).replace(/\s+/g, ' ');
    expect(text.split('SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toHaveLength(2);
    expect(text).toContain('Nguồn: Sở TT&TT Lâm Đồng; OSM');
    expect(text).not.toContain('Nguồn: Ranh giới');
  });
});
