/**
 * ProjectStore on IndexedDB. Every write is ONE readwrite transaction over all stores it touches; on any failure
 * the transaction is aborted, so a crash, a full disk or an unstorable value leaves the previous version whole.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { openPhuSongDb, type Db, type PhuSongDb, type StoredSummary } from './idb-open';
import { migrateProject } from './migrations';
import { byUpdatedDesc, CURRENT_SCHEMA_VERSION, summarize, type Project, type ProjectSummary } from './project';
import { assertSavable, cleanName, notFound } from './save-guard';
import { StoreError, type ProjectStore, type StoredProject } from './store';
import { conflictError, unavailableError, writeError } from './store-errors';
import { deleteAction, rememberAction, renameAction, saveAction, storeText } from './store-texts';
import type { Message } from '../../domain/text/message';

const LAST_OPENED = 'lastOpened';

type Names = StoreNames<PhuSongDb>[];
type WriteTx<N extends Names> = IDBPTransaction<PhuSongDb, N, 'readwrite'>;

function readError(e: unknown): StoreError {
  return e instanceof StoreError ? e : unavailableError(storeText('u_readFailed'), e);
}

function summaryOf(m: StoredSummary): ProjectSummary {
  return { id: m.id, name: m.name, updatedAt: m.updatedAt, sites: m.sites, units: m.units };
}

export class IdbProjectStore implements ProjectStore {
  private constructor(private readonly db: Db) {}

  /** Throws StoreError 'unavailable' (no IndexedDB, private mode) or 'newer-version' (database from a newer build). */
  static async open(factory: IDBFactory | undefined = globalThis.indexedDB, dbName = 'phusong', timeoutMs?: number): Promise<IdbProjectStore> {
    return new IdbProjectStore(await openPhuSongDb(factory, dbName, timeoutMs));
  }

  close(): void {
    this.db.close();
  }

  async list(): Promise<ProjectSummary[]> {
    try {
      return (await this.db.getAll('meta')).map(summaryOf).sort(byUpdatedDesc);
    } catch (e) {
      throw readError(e);
    }
  }

  async load(id: string): Promise<Project | null> {
    return (await this.loadWithRevision(id))?.project ?? null;
  }

  async loadWithRevision(id: string): Promise<StoredProject | null> {
    let raw: Project | undefined;
    let meta: StoredSummary | undefined;
    try {
      const tx = this.db.transaction(['payload', 'meta'], 'readonly');
      [raw, meta] = await Promise.all([tx.objectStore('payload').get(id), tx.objectStore('meta').get(id)]);
      await tx.done;
    } catch (e) {
      throw readError(e);
    }
    if (raw === undefined) return null;
    const project = raw.schemaVersion === CURRENT_SCHEMA_VERSION ? raw : migrateProject(raw);
    return { project, revision: meta?.revision ?? 0 };
  }

  async save(project: Project, baseRevision?: number): Promise<number> {
    assertSavable(project);
    let next = 0;
    await this.write(['payload', 'meta'], saveAction(project.name), async (tx) => {
      // The revision check and the write are one transaction: no other save can land between them.
      const stored = await tx.objectStore('meta').get(project.id);
      const current = stored === undefined ? null : (stored.revision ?? 0);
      if (current !== null && baseRevision !== undefined && current !== baseRevision) {
        throw conflictError(project.name, current, baseRevision);
      }
      next = (current ?? baseRevision ?? 0) + 1;
      // Payload first: it is the big clone and the likeliest to fail.
      await tx.objectStore('payload').put(project);
      await tx.objectStore('meta').put({ ...summarize(project), revision: next });
    });
    return next;
  }

  async rename(id: string, name: string): Promise<void> {
    const clean = cleanName(id, name);
    await this.write(['payload', 'meta'], renameAction(id, clean), async (tx) => {
      const p = await tx.objectStore('payload').get(id);
      if (!p) throw notFound(id);
      const revision = ((await tx.objectStore('meta').get(id))?.revision ?? 0) + 1;
      const renamed = { ...p, name: clean, updatedAt: new Date().toISOString() };
      await tx.objectStore('payload').put(renamed);
      await tx.objectStore('meta').put({ ...summarize(renamed), revision });
    });
  }

  async remove(id: string): Promise<void> {
    await this.write(['payload', 'meta', 'kv'], deleteAction(id), async (tx) => {
      await tx.objectStore('payload').delete(id);
      await tx.objectStore('meta').delete(id);
      if ((await tx.objectStore('kv').get(LAST_OPENED)) === id) await tx.objectStore('kv').delete(LAST_OPENED);
    });
  }

  async getLastOpened(): Promise<string | null> {
    try {
      const tx = this.db.transaction(['kv', 'meta'], 'readonly');
      const id = await tx.objectStore('kv').get(LAST_OPENED);
      const exists = id !== undefined && (await tx.objectStore('meta').getKey(id)) !== undefined;
      await tx.done;
      return exists ? id : null;
    } catch (e) {
      throw readError(e);
    }
  }

  async setLastOpened(id: string): Promise<void> {
    await this.write(['meta', 'kv'], rememberAction(id), async (tx) => {
      if ((await tx.objectStore('meta').getKey(id)) === undefined) throw notFound(id);
      await tx.objectStore('kv').put(id, LAST_OPENED);
    });
  }

  /** Runs `fn` in one readwrite transaction; on any failure aborts it so none of its writes land. */
  private async write<N extends Names>(stores: N, action: Message, fn: (tx: WriteTx<N>) => Promise<void>): Promise<void> {
    let tx: WriteTx<N>;
    try {
      tx = this.db.transaction(stores, 'readwrite');
    } catch (e) {
      throw writeError(e, action);
    }
    const done = tx.done;
    done.catch(() => undefined); // observed below; this only silences the rejection while fn runs
    try {
      await fn(tx);
      await done;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already committed or aborted by the browser; either way nothing more to undo.
      }
      throw writeError(e instanceof StoreError ? e : (tx.error ?? e), action);
    }
  }
}
