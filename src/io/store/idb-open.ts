/**
 * Opening the PhuSong IndexedDB database and its object-store layout. idb's own `openDB` always uses the global
 * `indexedDB`, so this does the same with an injectable factory (fake-indexeddb in tests) through idb's `wrap`.
 *
 * Layout (DB_VERSION 2): `meta` holds one ProjectSummary per project for the list, with the stored copy's
 * revision and where its text lies; `parts` the projects in parts (io/store/stored-copy), keyed
 * [project id, slot, part number], in two slots per project written in turn, so the save before the last one is
 * still whole; `kv` holds small settings (lastOpened). `payload` held each project whole in version 1; a project
 * written then is read from there until its next save moves it to `parts`.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { Project, ProjectSummary } from './project';
import type { Part } from './stored-copy';
import { StoreError } from './store';
import { unavailableError } from './store-errors';
import { storeText } from './store-texts';

export const DB_VERSION = 2;

export type Slot = 0 | 1;

/** One save's text in `parts`: its slot, how many parts, and which save it was. */
export interface CopyPlace {
  slot: Slot;
  parts: number;
  revision: number;
  updatedAt: string;
}

/**
 * Records written before revisions existed have none: they read as revision 0. Records without `copy` were
 * written by version 1: their project is in `payload`.
 */
export type StoredSummary = ProjectSummary & { revision?: number; copy?: CopyPlace; previous?: CopyPlace };

export type PartKey = [id: string, slot: Slot, part: number];

export interface PhuSongDb extends DBSchema {
  meta: { key: string; value: StoredSummary };
  /** May hold an older schemaVersion than the code's; load() migrates it. */
  payload: { key: string; value: Project };
  parts: { key: PartKey; value: Part };
  kv: { key: string; value: string };
}

export type Db = IDBPDatabase<PhuSongDb>;

function upgrade(db: Db, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('meta', { keyPath: 'id' });
    db.createObjectStore('payload', { keyPath: 'id' });
    db.createObjectStore('kv');
  }
  if (oldVersion < 2) db.createObjectStore('parts');
}

function openFailure(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'VersionError') {
    return new StoreError('newer-version', storeText('newerStore'), { cause: e });
  }
  return unavailableError(name === '' ? storeText('u_openFailed') : storeText('u_openFailedNamed', { name }), e);
}

/** How long opening may take before the app gives up and works in memory (a blocked or hung open). */
export const OPEN_TIMEOUT_MS = 10_000;

/**
 * Rejects after `ms` when the open neither succeeds nor fails: another tab holding an old connection blocks the
 * upgrade, and some browsers never answer at all. A connection that arrives late is closed, not leaked.
 */
function withTimeout(request: IDBOpenDBRequest, opened: Promise<Db>, ms: number): Promise<Db> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  let blocked = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      gaveUp = true;
      const time = ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
      reject(unavailableError(storeText(blocked ? 'u_timeoutBlocked' : 'u_timeout', { time })));
    }, ms);
  });
  request.addEventListener('blocked', () => {
    blocked = true;
  });
  request.addEventListener('success', () => {
    if (gaveUp) request.result.close();
  });
  return Promise.race([opened, timeout]).finally(() => clearTimeout(timer));
}

export async function openPhuSongDb(factory: IDBFactory | undefined, dbName: string, timeoutMs = OPEN_TIMEOUT_MS): Promise<Db> {
  if (!factory) throw unavailableError(storeText('u_noIndexedDb'));
  try {
    const request = factory.open(dbName, DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      // The database handle idb would pass to an `upgrade` callback, typed with our schema.
      upgrade(wrap(request.result) as unknown as Db, event.oldVersion);
    });
    const db = await withTimeout(request, wrap(request) as unknown as Promise<Db>, timeoutMs);
    // Let another tab running a newer build upgrade the database instead of hanging on us.
    db.addEventListener('versionchange', () => db.close());
    return db;
  } catch (e) {
    throw openFailure(e);
  }
}
