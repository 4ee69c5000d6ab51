/**
 * Picks the store the app runs on: IndexedDB when it opens, otherwise an in-memory store so work can go on
 * (and be exported) for the session, with the reason to tell the user.
 */
import { IdbProjectStore } from './idb-store';
import { MemoryProjectStore } from './memory-store';
import { StoreError, type ProjectStore } from './store';

export interface OpenedStore {
  store: ProjectStore;
  /** False when projects will be lost on reload. */
  persistent: boolean;
  /** Why storage is not persistent; show `problem.message` to the user. */
  problem: StoreError | null;
}

/** `timeoutMs`: a blocked or unanswered open ends in the in-memory store like any other failure. */
export async function openProjectStore(
  factory: IDBFactory | undefined = globalThis.indexedDB, dbName = 'phusong', timeoutMs?: number,
): Promise<OpenedStore> {
  try {
    return { store: await IdbProjectStore.open(factory, dbName, timeoutMs), persistent: true, problem: null };
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    return { store: new MemoryProjectStore(), persistent: false, problem: e };
  }
}
