/**
 * A start whose last save cannot be read back (Chromium lost the blob of a large value when a page closed
 * mid-save): the save before it opens, with a warning that says so; when no save can be read, the demo opens
 * without taking the stored project's place as the one the next start reopens.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppActions } from '../../src/app/actions';
import { noticeIn } from '../../src/app/notice-queue';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { IdbProjectStore } from '../../src/io/store/idb-store';
import type { FullResult } from '../../src/worker/coverage.worker';
import { dataset, sampleProject } from '../io/store/fixtures';

afterEach(() => vi.unstubAllGlobals());

function stubWorker(): CoverageWorker {
  const figures = { warnings: [], units: [], villages: [], techs: ['4G', '5G'] };
  const api = {
    loadDemo: () => Promise.resolve({ dataset: dataset(), derived: {} }),
    setDataset: () => Promise.resolve({}),
    measureRestore: () => Promise.resolve(null),
    compute: () => Promise.resolve({ figures, baselineFigures: null, images: {}, elapsedMs: 1 } as unknown as FullResult),
  };
  return api as unknown as CoverageWorker;
}

/** Two saves of project "p", remembered as last opened; `spoil` then damages the stored parts. */
async function storedTwice(factory: IDBFactory, spoil: (db: Awaited<ReturnType<typeof openDB>>) => Promise<void>) {
  const store = await IdbProjectStore.open(factory);
  const first = sampleProject({ id: 'p', name: 'Gia Nghĩa 2026', updatedAt: '2026-12-05T08:15:00.000Z' });
  await store.save(first);
  await store.save({ ...first, name: 'Gia Nghĩa 2026 (sửa)', updatedAt: '2026-12-05T09:40:00.000Z' }, 1);
  await store.setLastOpened('p');
  store.close();
  vi.stubGlobal('indexedDB', factory);
  const db = await openDB('phusong');
  await spoil(db);
  db.close();
  return first;
}

async function boot(factory: IDBFactory, lang: AppState['lang']) {
  vi.stubGlobal('indexedDB', factory);
  const store = createStore<AppState>({ ...INITIAL_STATE, lang });
  await new AppActions(store, stubWorker()).boot();
  return store;
}

describe('a start whose last save cannot be read', () => {
  it('opens the save before it and says which save was lost, in both languages', async () => {
    const factory = new IDBFactory();
    const first = await storedTwice(factory, (db) => db.delete('parts', ['p', 1, 0]));
    const store = await boot(factory, 'en');
    expect(store.get().status).toEqual({ kind: 'ready' });
    expect(store.get().project?.name).toBe(first.name);
    const warning = store.get().notices.find((n) => n.level === 'warning');
    expect(warning && noticeIn(warning, 'en').text).toMatch(
      /^The last save of “Gia Nghĩa 2026” \(\d\d:40 05\/12\/2026\) could not be read back from the browser’s storage; the save before it \(\d\d:15 05\/12\/2026\) is open\./,
    );
    expect(warning && noticeIn(warning, 'vi').text).toMatch(/^Lần lưu cuối của “Gia Nghĩa 2026” \(lúc \d\d:40 05\/12\/2026\)/);
    expect(store.get().notices.filter((n) => n.level === 'error')).toEqual([]);
  });

  it('with no save readable, opens the demo, names the project, and the next start tries it again', async () => {
    const factory = new IDBFactory();
    await storedTwice(factory, (db) => db.clear('parts'));
    const store = await boot(factory, 'en');
    expect(store.get().status).toEqual({ kind: 'ready' });
    expect(store.get().project?.name).toBe('Đắk Nông (dữ liệu mẫu)');
    const error = store.get().notices.find((n) => n.level === 'error');
    expect(error && noticeIn(error, 'en').text).toMatch(/^Could not reopen the project “Gia Nghĩa 2026 \(sửa\)”: .*It stays in the project list and the next start tries it again; the demo province is open\.$/);
    const after = await IdbProjectStore.open(factory);
    expect(await after.getLastOpened()).toBe('p');
    expect((await after.list()).map((p) => p.name).sort()).toEqual(['Gia Nghĩa 2026 (sửa)', 'Đắk Nông (dữ liệu mẫu)'].sort());
    after.close();
  });
});
