import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { IdbProjectStore } from '../../../src/io/store/idb-store';
import { MemoryProjectStore } from '../../../src/io/store/memory-store';
import { openProjectStore } from '../../../src/io/store/open-store';
import { sampleProject } from './fixtures';

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
