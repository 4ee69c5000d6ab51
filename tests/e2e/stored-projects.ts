/**
 * The browser's stored projects read and edited straight in IndexedDB, as the store lays them out (io/store/idb-open):
 * a summary in `meta` naming the slot of the last save, and that save in `parts` as raster bytes then JSON text.
 * For tests that plant what an older or looser build would have stored; the rasters are left as they are.
 */
import type { Page } from 'playwright-core';
import { PART_CHARS } from '../../src/io/store/stored-copy';

interface StoredText {
  id: string;
  text: string;
}

/** The JSON text of each stored project's last save. */
function readTexts(page: Page): Promise<StoredText[]> {
  return page.evaluate(
    () =>
      new Promise<StoredText[]>((resolve, reject) => {
        const open = indexedDB.open('phusong');
        open.onerror = () => reject(new Error('cannot open phusong'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'parts'], 'readonly');
          const metas = tx.objectStore('meta').getAll();
          const out: StoredText[] = [];
          metas.onsuccess = () => {
            for (const meta of metas.result as { id: string; copy: { slot: number } }[]) {
              const parts = tx.objectStore('parts').getAll(IDBKeyRange.bound([meta.id, meta.copy.slot, 0], [meta.id, meta.copy.slot, Infinity]));
              parts.onsuccess = () => out.push({ id: meta.id, text: (parts.result as unknown[]).filter((p): p is string => typeof p === 'string').join('') });
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export async function storedProjects<P>(page: Page): Promise<P[]> {
  return (await readTexts(page)).map((t) => JSON.parse(t.text) as P);
}

/** Rewrites the last save of the first stored project with `edit` applied, in place (its revision unchanged). */
export async function editFirstStoredProject<P, R>(page: Page, edit: (project: P) => R): Promise<R> {
  const [first] = await readTexts(page);
  if (!first) throw new Error('no stored project');
  const project = JSON.parse(first.text) as P;
  const result = edit(project);
  await page.evaluate(
    ({ id, text, partChars }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('phusong');
        open.onerror = () => reject(new Error('cannot open phusong'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'parts'], 'readwrite');
          const metaStore = tx.objectStore('meta');
          const partStore = tx.objectStore('parts');
          const get = metaStore.get(id);
          get.onsuccess = () => {
            const meta = get.result as { copy: { slot: number; parts: number } };
            const { slot } = meta.copy;
            const all = partStore.getAll(IDBKeyRange.bound([id, slot, 0], [id, slot, Infinity]));
            all.onsuccess = () => {
              const bytes = (all.result as unknown[]).filter((p) => typeof p !== 'string').length;
              partStore.delete(IDBKeyRange.bound([id, slot, bytes], [id, slot, Infinity]));
              let n = bytes;
              for (let i = 0; i < text.length; i += partChars) partStore.put(text.slice(i, i + partChars), [id, slot, n++]);
              metaStore.put({ ...meta, copy: { ...meta.copy, parts: n } });
            };
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id: first.id, text: JSON.stringify(project), partChars: PART_CHARS },
  );
  return result;
}
