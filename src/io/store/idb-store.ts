/**
 * ProjectStore on IndexedDB. Every write is ONE readwrite transaction over all stores it touches; on any failure
 * the transaction is aborted, so a crash, a full disk or an unstorable value leaves the previous version whole.
 * Each save writes the project's text to the slot the save before the last one held (io/store/idb-open), so when
 * the last save cannot be read back, the one before it opens instead, and the caller is told.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { openPhuSongDb, type CopyPlace, type Db, type PhuSongDb, type Slot, type StoredSummary } from './idb-open';
import { migrateProject } from './migrations';
import { byUpdatedDesc, CURRENT_SCHEMA_VERSION, summarize, type Project, type ProjectSummary } from './project';
import { assertSavable, cleanName, notFound } from './save-guard';
import { projectFromParts, projectParts, type Part } from './stored-copy';
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

/** A project none of whose saves can be read: storage itself works, so not the "cannot save here" text (the cause is kept for logs). */
function unreadableError(e: unknown): StoreError {
  return e instanceof StoreError ? e : new StoreError('unavailable', storeText('unreadable'), { cause: e });
}

function summaryOf(m: StoredSummary): ProjectSummary {
  return { id: m.id, name: m.name, updatedAt: m.updatedAt, sites: m.sites, units: m.units };
}

function partRange(id: string, slot: Slot): IDBKeyRange {
  return IDBKeyRange.bound([id, slot, 0], [id, slot, Infinity]);
}

const ALL_PARTS = (id: string): IDBKeyRange => IDBKeyRange.bound([id, 0, 0], [id, 1, Infinity]);

function partsOf(project: Project, action: Message): Part[] {
  try {
    return projectParts(project);
  } catch (e) {
    throw writeError(e, action);
  }
}

function asProject(raw: unknown): Project {
  const p = raw as Project;
  return p.schemaVersion === CURRENT_SCHEMA_VERSION ? p : migrateProject(p);
}

export class IdbProjectStore implements ProjectStore {
  /** Projects whose last save could not be read back here: their next save overwrites that slot, not the readable one. */
  private readonly unreadable = new Set<string>();

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
    let failure: unknown;
    try {
      const last = await this.readStored(id, 'copy');
      if (!last.meta?.copy) return last.legacy === undefined ? null : { project: asProject(last.legacy), revision: last.meta?.revision ?? 0 };
      const project = asProject(projectFromParts(last.parts));
      this.unreadable.delete(id);
      return { project, revision: last.meta.revision ?? 0 };
    } catch (e) {
      if (e instanceof StoreError && e.kind === 'newer-version') throw e;
      failure = e;
    }
    let project: Project;
    let meta: StoredSummary | undefined;
    try {
      const before = await this.readStored(id, 'previous');
      meta = before.meta;
      if (!meta?.copy || !meta.previous) throw failure;
      project = asProject(projectFromParts(before.parts));
    } catch (e) {
      throw e instanceof StoreError && e.kind === 'newer-version' ? e : unreadableError(failure);
    }
    this.unreadable.add(id);
    // The revision is the stored one: the next save replaces the unreadable copy without a conflict.
    return { project, revision: meta.revision ?? 0, unreadableSave: { savedAt: meta.copy.updatedAt, openedSavedAt: meta.previous.updatedAt } };
  }

  /**
   * The summary and the parts of its last save ('copy') or the one before ('previous'), or a version-1 record, in
   * one transaction, so no save lands between the reads. Throws when the parts are not all there.
   */
  private async readStored(id: string, which: 'copy' | 'previous'): Promise<{ meta: StoredSummary | undefined; parts: Part[]; legacy?: Project }> {
    const tx = this.db.transaction(['meta', 'parts', 'payload'], 'readonly');
    const meta = await tx.objectStore('meta').get(id);
    const place = meta?.[which];
    const parts = place ? await tx.objectStore('parts').getAll(partRange(id, place.slot)) : [];
    const legacy = meta?.copy ? undefined : await tx.objectStore('payload').get(id);
    await tx.done;
    if (place && parts.length !== place.parts) throw new Error(`stored copy of ${id} has ${parts.length} of ${place.parts} parts`);
    return legacy === undefined ? { meta, parts } : { meta, parts, legacy };
  }

  async save(project: Project, baseRevision?: number): Promise<number> {
    assertSavable(project);
    const action = saveAction(project.name);
    // Before the transaction: it would commit while the text is being made.
    const parts = partsOf(project, action);
    let next = 0;
    await this.write(['payload', 'meta', 'parts'], action, async (tx) => {
      // The revision check and the write are one transaction: no other save can land between them.
      const stored = await tx.objectStore('meta').get(project.id);
      const current = stored === undefined ? null : (stored.revision ?? 0);
      if (current !== null && baseRevision !== undefined && current !== baseRevision) {
        throw conflictError(project.name, current, baseRevision);
      }
      next = (current ?? baseRevision ?? 0) + 1;
      await this.writeCopy(tx, project, parts, next, stored);
    });
    this.unreadable.delete(project.id);
    return next;
  }

  /**
   * Puts the parts in the slot that does not hold the last readable save, then the summary naming both slots.
   * The previous save stays whole until the save after this one.
   */
  private async writeCopy(tx: WriteTx<['payload', 'meta', 'parts']>, project: Project, parts: Part[], revision: number, stored: StoredSummary | undefined): Promise<void> {
    const { id } = project;
    const last = stored?.copy;
    const slot: Slot = last === undefined ? 0 : this.unreadable.has(id) ? last.slot : last.slot === 0 ? 1 : 0;
    const previous = last === undefined ? undefined : last.slot !== slot ? last : stored?.previous;
    const partsStore = tx.objectStore('parts');
    await partsStore.delete(partRange(id, slot));
    // Parts first: they are the big writes and the likeliest to fail.
    await Promise.all(parts.map((part, i) => partsStore.put(part, [id, slot, i])));
    const copy: CopyPlace = { slot, parts: parts.length, revision, updatedAt: project.updatedAt };
    await tx.objectStore('meta').put({ ...summarize(project), revision, copy, ...(previous ? { previous } : {}) });
    if (last === undefined) await tx.objectStore('payload').delete(id);
  }

  async rename(id: string, name: string): Promise<void> {
    const clean = cleanName(id, name);
    const stored = await this.loadWithRevision(id);
    if (!stored) throw notFound(id);
    const renamed = { ...stored.project, name: clean, updatedAt: new Date().toISOString() };
    const action = renameAction(id, clean);
    const parts = partsOf(renamed, action);
    await this.write(['payload', 'meta', 'parts'], action, async (tx) => {
      const meta = await tx.objectStore('meta').get(id);
      if (!meta) throw notFound(id);
      // Another save landed since the read: refused, rather than the older text written over it.
      if ((meta.revision ?? 0) !== stored.revision) throw conflictError(clean, meta.revision ?? 0, stored.revision);
      await this.writeCopy(tx, renamed, parts, (meta.revision ?? 0) + 1, meta);
    });
    this.unreadable.delete(id);
  }

  async remove(id: string): Promise<void> {
    await this.write(['payload', 'meta', 'parts', 'kv'], deleteAction(id), async (tx) => {
      await tx.objectStore('payload').delete(id);
      await tx.objectStore('parts').delete(ALL_PARTS(id));
      await tx.objectStore('meta').delete(id);
      if ((await tx.objectStore('kv').get(LAST_OPENED)) === id) await tx.objectStore('kv').delete(LAST_OPENED);
    });
    this.unreadable.delete(id);
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
