import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { Autosave } from '../../../src/app/autosave';
import { stateFromProject } from '../../../src/app/project-sync';
import { INITIAL_STATE, type AppState, type Notice } from '../../../src/app/state';
import { createStore, type Store } from '../../../src/app/store';
import { storageErrorMessage } from '../../../src/app/storage-error-text';
import { renderMessage } from '../../../src/i18n/messages';
import { IdbProjectStore } from '../../../src/io/store/idb-store';
import { MemoryProjectStore } from '../../../src/io/store/memory-store';
import { openProjectStore } from '../../../src/io/store/open-store';
import { importProjectFile } from '../../../src/io/store/project-file';
import type { ProjectStore } from '../../../src/io/store/store';
import { downloadText } from '../../../src/io/download';
import { sampleProject } from './fixtures';
import { storeErrorEn } from '../../helpers/reason-en';

vi.mock('../../../src/io/download', () => ({ downloadText: vi.fn(), downloadBlob: vi.fn() }));

afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(downloadText).mockReset();
});

let seq = 1000;

/** The app's state and an autosave on `projects`, failures reported the way ProjectActions.saveFailed does. */
function setup(projects: ProjectStore, lang: 'vi' | 'en' = 'en', patch: Partial<AppState> = {}) {
  const state: Store<AppState> = createStore<AppState>({ ...INITIAL_STATE, ...stateFromProject(sampleProject()), ...patch, lang });
  const notify = (level: Notice['level'], text: string) => state.set((s) => ({ notices: [...s.notices, { id: ++seq, level, text, details: [] }] }));
  const autosave = new Autosave(state, projects, (e) => notify('error', `Could not save the project: ${renderMessage(lang, storageErrorMessage(e))}`), 0);
  return { state, autosave, notify };
}

/** An edit the autosave keeps: the active scenario renamed. */
function rename(state: Store<AppState>, name: string): void {
  state.set((s) => ({ scenarios: s.scenarios.map((x) => (x.id === s.activeScenarioId ? { ...x, name } : x)) }));
}

const errors = (state: Store<AppState>) => state.get().notices.filter((n) => n.level === 'error');

describe('Autosave on a full disk (MemoryProjectStore quota)', () => {
  it('reports once with an Export button, keeps the stored copy, and saves again once there is room', async () => {
    const projects = new MemoryProjectStore();
    const { state, autosave } = setup(projects);
    await autosave.flush();
    const stored = await projects.load('p-1');
    expect(stored?.scenarios[0]?.name).toBe('Lấp vùng lõm');

    projects.setQuotaBytes(1);
    rename(state, 'Kịch bản lớn');
    await autosave.flush();
    expect(errors(state)).toHaveLength(1);
    const [notice] = errors(state);
    expect(notice?.text).toMatch(/storage for this site is full/);
    expect(notice?.actions?.map((a) => a.label)).toEqual(['Export project to a file']);
    expect(await projects.load('p-1')).toEqual(stored);
    expect(state.get().scenarios[0]?.name).toBe('Kịch bản lớn');

    // Further edits while the notice is shown do not stack more notices.
    rename(state, 'Kịch bản lớn 2');
    await autosave.flush();
    expect(errors(state)).toHaveLength(1);

    // The export button downloads the work in memory as a valid project file.
    notice?.actions?.[0]?.run();
    expect(downloadText).toHaveBeenCalledTimes(1);
    const [fileName, text, mime] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toBe('dak-nong-2025.phusong.json');
    expect(mime).toBe('application/json');
    const read = importProjectFile(text ?? '', fileName ?? '');
    expect('project' in read && read.project.scenarios[0]?.name).toBe('Kịch bản lớn 2');

    // Dismissed, the next failure is announced again.
    state.set({ notices: [] });
    rename(state, 'Kịch bản lớn 3');
    await autosave.flush();
    expect(errors(state)).toHaveLength(1);

    projects.setQuotaBytes(null);
    rename(state, 'Đã có chỗ');
    await autosave.flush();
    expect((await projects.load('p-1'))?.scenarios[0]?.name).toBe('Đã có chỗ');
    expect(state.get().lastSavedAt).not.toBeNull();
  });

  it('gives the reason in Vietnamese when the interface is in Vietnamese', async () => {
    const projects = new MemoryProjectStore();
    projects.setQuotaBytes(1);
    const { state, autosave } = setup(projects, 'vi');
    rename(state, 'x');
    await autosave.flush();
    const [notice] = errors(state);
    expect(notice?.text).toMatch(/bộ nhớ của trình duyệt dành cho trang này đã đầy/);
    expect(notice?.actions?.[0]?.label).toBe('Xuất dự án ra tệp');
  });
});

describe('Autosave on IndexedDB (fake-indexeddb) that runs out of space', () => {
  it('aborts the transaction, keeps the previous version whole and offers export', async () => {
    const projects = await IdbProjectStore.open(new IDBFactory());
    const { state, autosave } = setup(projects);
    await autosave.flush();
    const stored = await projects.load('p-1');
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'meta') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    rename(state, 'Không vừa');
    await autosave.flush();
    vi.restoreAllMocks();
    expect(errors(state)[0]?.text).toMatch(/storage for this site is full/);
    expect(errors(state)[0]?.actions).toHaveLength(1);
    expect(await projects.load('p-1')).toEqual(stored);
    expect(await projects.list()).toHaveLength(1);
    projects.close();
  });
});

describe('Autosave without IndexedDB', () => {
  // The storage warning and its export button come from AppActions.boot (tests/app/storage-boot.test.ts).
  it('keeps saving to memory and leaves the storage warning as boot posted it', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const opened = await openProjectStore();
    vi.unstubAllGlobals();
    expect(opened.persistent).toBe(false);
    const warning: Notice = { id: 1, level: 'warning', text: `This browser gives no storage (${opened.problem ? storeErrorEn(opened.problem) : ''})`, details: [] };
    const { state, autosave } = setup(opened.store, 'en', { storagePersistent: false, notices: [warning] });
    expect(state.get().notices).toEqual([warning]);
    rename(state, 'Trong bộ nhớ');
    await autosave.flush();
    expect(errors(state)).toEqual([]);
    expect((await opened.store.load('p-1'))?.scenarios[0]?.name).toBe('Trong bộ nhớ');
  });
});
