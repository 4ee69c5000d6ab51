import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBOpenDBRequest } from 'fake-indexeddb';
import { IdbProjectStore } from '../../../src/io/store/idb-store';
import { MemoryProjectStore } from '../../../src/io/store/memory-store';
import { openProjectStore } from '../../../src/io/store/open-store';
import { sampleProject } from './fixtures';
import { storeErrorEn } from '../../helpers/reason-en';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openProjectStore', () => {
  it('uses IndexedDB when it opens', async () => {
    const opened = await openProjectStore(new IDBFactory());
    expect(opened.persistent).toBe(true);
    expect(opened.problem).toBeNull();
    expect(opened.store).toBeInstanceOf(IdbProjectStore);
  });

  it('falls back to memory and says why when IndexedDB is missing, and saving still works', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const opened = await openProjectStore();
    expect(opened.persistent).toBe(false);
    expect(opened.problem?.kind).toBe('unavailable');
    expect(opened.store).toBeInstanceOf(MemoryProjectStore);
    const p = sampleProject();
    await opened.store.save(p);
    expect(await opened.store.load(p.id)).toEqual(p);
  });
});

describe('openProjectStore when the browser never answers', () => {
  /** A factory whose open request never fires any event, as some browsers do with storage disabled by policy. */
  const silentFactory = (): IDBFactory => {
    const request = new IDBOpenDBRequest();
    return { open: () => request } as unknown as IDBFactory;
  };

  it('gives up after the timeout and works in memory, saying storage did not answer', async () => {
    const started = Date.now();
    const opened = await openProjectStore(silentFactory(), 'phusong', 200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(opened.persistent).toBe(false);
    expect(opened.problem?.kind).toBe('unavailable');
    expect(storeErrorEn(opened.problem)).toMatch(/^Projects cannot be saved in this browser \(storage did not answer within 200 ms\)/);
    expect(opened.store).toBeInstanceOf(MemoryProjectStore);
    const p = sampleProject();
    await opened.store.save(p);
    expect((await opened.store.list()).map((s) => s.id)).toEqual([p.id]);
  });

  it('gives up when another connection blocks the database (a pending delete queued behind an open tab)', async () => {
    const factory = new IDBFactory();
    const first = await openProjectStore(factory, 'held', 1000);
    expect(first.persistent).toBe(true);
    // The first connection ignores versionchange events from here on, as a hung tab would.
    const held = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open('held');
      r.onsuccess = () => resolve(r.result);
    });
    (first.store as IdbProjectStore).close();
    held.onversionchange = null;
    const del = factory.deleteDatabase('held');
    const blocked = new Promise<void>((resolve) => {
      del.onblocked = () => resolve();
    });
    await blocked;
    const second = await openProjectStore(factory, 'held', 300);
    expect(second.persistent).toBe(false);
    expect(second.problem?.kind).toBe('unavailable');
    expect(storeErrorEn(second.problem)).toMatch(/\(storage did not answer within 300 ms\)/);
    held.close();
  });

  // An hour's timeout: were it waited for, the test's own 120 s hang guard would fail it.
  it('does not wait for the timeout when the database opens promptly', async () => {
    const opened = await openProjectStore(new IDBFactory(), 'quick', 3_600_000);
    expect(opened.persistent).toBe(true);
  }, 120_000);
});
