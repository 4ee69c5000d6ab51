import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { IdbProjectStore } from '../../../src/io/store/idb-store';
import { exportProject, importProjectFile } from '../../../src/io/store/project-file';
import { StoreError } from '../../../src/io/store/store';
import { sampleProject } from './fixtures';
import { errorsEn, storeErrorEn } from '../../helpers/reason-en';

afterEach(() => vi.unstubAllGlobals());

const future = () => ({ ...sampleProject({ id: 'p-99', name: 'Bản 2030' }), schemaVersion: 99, satellites: [{ id: 'LEO-1' }] });
const MESSAGE = '"Bản 2030" was saved by a newer PhuSong (schema 99); this version reads up to 1. Update PhuSong to open it; the saved copy has not been changed.';

describe('a project from schema 99', () => {
  it('is refused on import with one clear message', () => {
    const text = JSON.stringify({ format: 'phusong-project', project: future() });
    const r = importProjectFile(text, 'ban-2030.phusong.json');
    expect(r).toMatchObject({ newerSchema: 99 });
    expect(errorsEn(r)).toEqual([MESSAGE]);
  });

  it('is refused on load from IndexedDB, and the stored record, the list and the other projects stay as they were', async () => {
    const factory = new IDBFactory();
    const store = await IdbProjectStore.open(factory);
    const current = sampleProject();
    await store.save(current);
    await store.setLastOpened(current.id);
    vi.stubGlobal('indexedDB', factory);
    const db = await openDB('phusong');
    const raw = future();
    await db.put('payload', raw);
    await db.put('meta', { id: raw.id, name: raw.name, updatedAt: raw.updatedAt, sites: 2, units: 1 });

    const err = await store.load('p-99').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ kind: 'newer-version' });
    expect(storeErrorEn(err)).toBe(MESSAGE);
    // Nothing was rewritten: not the record, not the other project, not the last opened one.
    expect(await db.get('payload', 'p-99')).toEqual(raw);
    expect(await store.load(current.id)).toEqual(current);
    expect(await store.getLastOpened()).toBe(current.id);
    expect((await store.list()).map((p) => p.id).sort()).toEqual(['p-1', 'p-99']);
    // Nor can it be written back over by this version.
    await expect(store.save({ ...sampleProject({ id: 'p-99' }), schemaVersion: 99 })).rejects.toMatchObject({ kind: 'newer-version' });
    expect(await db.get('payload', 'p-99')).toEqual(raw);
    db.close();
    store.close();
  });

  it('exports from this version stay importable (round trip is not affected by the refusal)', () => {
    const p = sampleProject();
    expect(importProjectFile(exportProject(p), 'a.json')).toEqual({ project: p });
  });
});
