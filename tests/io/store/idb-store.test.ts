import { afterEach, describe, expect, it, vi } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { IdbProjectStore } from '../../../src/io/store/idb-store';
import { StoreError } from '../../../src/io/store/store';
import { dataset, sampleProject } from './fixtures';
import { bigProject } from './big-project';
import { runStoreContract } from './store-contract';
import { storeErrorEn } from '../../helpers/reason-en';

const realPut = IDBObjectStore.prototype.put;

/** Makes `put` on the named object store throw `error`; other stores keep working. */
function breakPut(storeName: string, error: () => Error): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName) throw error();
    return realPut.apply(this, args);
  });
}

const quotaExceeded = (): Error => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

runStoreContract('IdbProjectStore', {
  create: () => IdbProjectStore.open(new IDBFactory()),
  fillStorage: () => breakPut('parts', quotaExceeded),
});

/** Opens the store's database directly, through the same factory, to plant or inspect raw records. */
function rawDb(factory: IDBFactory) {
  vi.stubGlobal('indexedDB', factory);
  return openDB('phusong');
}

describe('IdbProjectStore', () => {
  it('restores projects and the last opened one after a reload', async () => {
    const factory = new IDBFactory();
    const first = await IdbProjectStore.open(factory);
    const p = sampleProject();
    await first.save(p);
    await first.setLastOpened(p.id);
    first.close();
    const second = await IdbProjectStore.open(factory);
    const last = await second.getLastOpened();
    expect(last).toBe(p.id);
    expect(await second.load(last ?? '')).toEqual(p);
  });

  it('writes nothing when a save fails after the payload was already put', async () => {
    const store = await IdbProjectStore.open(new IDBFactory());
    const v1 = sampleProject();
    await store.save(v1);
    breakPut('meta', () => new Error('simulated crash between the two writes'));
    await expect(store.save(sampleProject({ name: 'Half written', scenarios: [], activeScenarioId: null }))).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();
    expect(await store.load(v1.id)).toEqual(v1);
    expect((await store.list()).map((s) => s.name)).toEqual([v1.name]);
  });

  it('maps a quota error on a first save and stores nothing', async () => {
    const store = await IdbProjectStore.open(new IDBFactory());
    breakPut('meta', quotaExceeded);
    await expect(store.save(sampleProject())).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await store.load('p-1')).toBeNull();
    expect(await store.list()).toEqual([]);
  });

  it('is unavailable without IndexedDB or when opening is forbidden (private mode)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(IdbProjectStore.open()).rejects.toMatchObject({ kind: 'unavailable' });
    vi.unstubAllGlobals();
    const forbidding = {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const err = await IdbProjectStore.open(forbidding).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'unavailable' });
    expect(err instanceof StoreError && storeErrorEn(err)).toMatch(/private windows/);
  });

  it('refuses a database written by a newer build without touching it', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const newer = await openDB('phusong', 5, { upgrade: (db) => void db.createObjectStore('future') });
    newer.close();
    vi.unstubAllGlobals();
    await expect(IdbProjectStore.open(factory)).rejects.toMatchObject({ kind: 'newer-version' });
    const check = await rawDb(factory);
    expect(check.version).toBe(5);
    expect([...check.objectStoreNames]).toEqual(['future']);
    check.close();
    vi.unstubAllGlobals();
  });

  it('migrates an older stored project on load', async () => {
    const factory = new IDBFactory();
    const store = await IdbProjectStore.open(factory);
    const db = await rawDb(factory);
    await db.put('payload', { id: 'legacy', name: 'Bản cũ', dataset: dataset(), edits: {}, savedAt: '2024-11-05T00:00:00.000Z' });
    db.close();
    vi.unstubAllGlobals();
    const loaded = await store.load('legacy');
    expect(loaded?.schemaVersion).toBe(1);
    expect(loaded?.baseline).toEqual(dataset());
    expect(loaded?.createdAt).toBe('2024-11-05T00:00:00.000Z');
  });

  it('reads a project stored before revisions existed as revision 0 and checks saves against it', async () => {
    const factory = new IDBFactory();
    const store = await IdbProjectStore.open(factory);
    const old = sampleProject({ id: 'old' });
    const db = await rawDb(factory);
    await db.put('payload', old);
    await db.put('meta', { id: 'old', name: old.name, updatedAt: old.updatedAt, sites: 2, units: 1 });
    db.close();
    vi.unstubAllGlobals();
    expect(await store.loadWithRevision('old')).toEqual({ project: old, revision: 0 });
    expect((await store.save({ ...old, name: 'Stale' }, 3).catch((e: unknown) => e))).toMatchObject({ kind: 'conflict' });
    expect(await store.save({ ...old, name: 'Current' }, 0)).toBe(1);
    expect((await store.list())[0]).toEqual({ id: 'old', name: 'Current', updatedAt: old.updatedAt, sites: 2, units: 1 });
  });

  it('refuses a stored project from a newer schema and leaves it as it was', async () => {
    const factory = new IDBFactory();
    const store = await IdbProjectStore.open(factory);
    const future = { ...sampleProject({ id: 'future', name: 'Tương lai' }), schemaVersion: 7, hologram: true };
    const db = await rawDb(factory);
    await db.put('payload', future);
    const err = await store.load('future').catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'newer-version' });
    expect(err instanceof StoreError && storeErrorEn(err)).toContain('"Tương lai" was saved by a newer PhuSong (schema 7); this version reads up to 1');
    expect(await db.get('payload', 'future')).toEqual(future);
    db.close();
    vi.unstubAllGlobals();
  });
});

describe('IdbProjectStore: the last save and the one before it', () => {
  it('stores no value near the 64 KiB at which Chromium moves a value to a blob file', async () => {
    const factory = new IDBFactory();
    const store = await IdbProjectStore.open(factory);
    const p = bigProject('big');
    await store.save(p);
    await store.save({ ...p, name: 'Lần hai' });
    const db = await rawDb(factory);
    const parts = (await db.getAll('parts')) as (string | ArrayBuffer)[];
    expect(parts.length).toBeGreaterThan(20);
    for (const part of parts) expect(typeof part === 'string' ? part.length * 2 : part.byteLength).toBeLessThan(63 * 1024);
    expect(await db.count('payload')).toBe(0);
    db.close();
    vi.unstubAllGlobals();
    expect(await store.load('big')).toEqual({ ...p, name: 'Lần hai' });
  });

  it('opens the save before the last when the last cannot be read, says so, and the next save replaces the unreadable one', async () => {
    const factory = new IDBFactory();
    const store = await IdbProjectStore.open(factory);
    const first = bigProject('p');
    await store.save(first);
    const second = { ...first, name: 'Bản thứ hai', updatedAt: '2026-12-06T03:00:00.000Z' };
    expect(await store.save(second, 1)).toBe(2);
    const db = await rawDb(factory);
    const meta = await db.get('meta', 'p');
    expect(meta).toMatchObject({ revision: 2, copy: { slot: 1, revision: 2 }, previous: { slot: 0, revision: 1 } });
    // A part of the last save lost (as Chromium lost the blob of a large value when a page closed mid-save).
    await db.delete('parts', ['p', 1, 3]);
    db.close();
    vi.unstubAllGlobals();

    const reopened = await IdbProjectStore.open(factory);
    const read = await reopened.loadWithRevision('p');
    expect(read?.project).toEqual(first);
    expect(read?.revision).toBe(2);
    expect(read?.unreadableSave).toEqual({ savedAt: second.updatedAt, openedSavedAt: first.updatedAt });

    const third = { ...first, name: 'Bản thứ ba', updatedAt: '2026-12-06T03:05:00.000Z' };
    expect(await reopened.save(third, 2)).toBe(3);
    const after = await rawDb(factory);
    // Written over the unreadable slot: the readable save stays the previous one.
    expect(await after.get('meta', 'p')).toMatchObject({ copy: { slot: 1, revision: 3 }, previous: { slot: 0, revision: 1 } });
    after.close();
    vi.unstubAllGlobals();
    expect(await reopened.loadWithRevision('p')).toEqual({ project: third, revision: 3 });
  });

  it('reports a read failure when neither save can be read', async () => {
    const factory = new IDBFactory();
    const store = await IdbProjectStore.open(factory);
    await store.save(sampleProject({ id: 'p' }));
    await store.save(sampleProject({ id: 'p', name: 'Hai' }));
    const db = await rawDb(factory);
    await db.clear('parts');
    db.close();
    vi.unstubAllGlobals();
    expect(await store.loadWithRevision('p').catch((e: unknown) => e)).toMatchObject({ kind: 'unavailable' });
  });

  it('reads a project a version-1 database held whole, and its next save moves it to parts', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const old = sampleProject({ id: 'v1' });
    const v1 = await openDB('phusong', 1, {
      upgrade(db) {
        db.createObjectStore('meta', { keyPath: 'id' });
        db.createObjectStore('payload', { keyPath: 'id' });
        db.createObjectStore('kv');
      },
    });
    await v1.put('payload', old);
    await v1.put('meta', { id: 'v1', name: old.name, updatedAt: old.updatedAt, sites: 2, units: 1, revision: 4 });
    await v1.put('kv', 'v1', 'lastOpened');
    v1.close();
    vi.unstubAllGlobals();
    const store = await IdbProjectStore.open(factory);
    expect(await store.getLastOpened()).toBe('v1');
    expect(await store.loadWithRevision('v1')).toEqual({ project: old, revision: 4 });
    expect(await store.save({ ...old, name: 'Mới' }, 4)).toBe(5);
    const db = await rawDb(factory);
    expect(db.version).toBe(2);
    expect(await db.get('payload', 'v1')).toBeUndefined();
    expect(await db.get('meta', 'v1')).toMatchObject({ copy: { slot: 0, revision: 5 } });
    db.close();
    vi.unstubAllGlobals();
    expect((await store.load('v1'))?.name).toBe('Mới');
  });

  it('renames by writing a new save, keeping the one before, and deletes every part of a removed project', async () => {
    const factory = new IDBFactory();
    const store = await IdbProjectStore.open(factory);
    await store.save(bigProject('a'));
    await store.save(sampleProject({ id: 'b' }));
    await store.rename('a', 'Tên mới');
    expect((await store.load('a'))?.name).toBe('Tên mới');
    await store.remove('a');
    const db = await rawDb(factory);
    const keys = (await db.getAllKeys('parts')) as unknown as [string, number, number][];
    expect(new Set(keys.map((k) => k[0]))).toEqual(new Set(['b']));
    db.close();
    vi.unstubAllGlobals();
  });
});
