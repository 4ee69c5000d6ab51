/** The behaviour every ProjectStore must have; run against each implementation by its own test file. */
import { describe, expect, it } from 'vitest';
import type { ProjectStore } from '../../../src/io/store/store';
import { StoreError } from '../../../src/io/store/store';
import { sampleProject, site, XSS } from './fixtures';
import { storeErrorEn } from '../../helpers/reason-en';

export interface StoreHarness<S extends ProjectStore> {
  create(): Promise<S>;
  /** From now on, writes fail the way a full disk makes them fail. */
  fillStorage(store: S): void;
}

async function rejection(p: Promise<unknown>): Promise<StoreError> {
  const e: unknown = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(e)}`);
  return e;
}

export function runStoreContract<S extends ProjectStore>(name: string, h: StoreHarness<S>): void {
  describe(`${name} (ProjectStore contract)`, () => {
    it('loads back exactly what was saved, as an independent copy', async () => {
      const store = await h.create();
      const p = sampleProject();
      await store.save(p);
      const loaded = await store.load(p.id);
      expect(loaded).toEqual(p);
      expect(loaded).not.toBe(p);
      p.baseline.sites.push(site('LATE', 107, 12));
      loaded?.scenarios.splice(0);
      const again = await store.load(p.id);
      expect(again?.baseline.sites.map((s) => s.id)).toEqual(['S1', 'S2']);
      expect(again?.scenarios).toHaveLength(1);
    });

    it('returns null for an unknown id', async () => {
      const store = await h.create();
      expect(await store.load('nope')).toBeNull();
    });

    it('lists summaries, newest first, and replaces on re-save', async () => {
      const store = await h.create();
      expect(await store.list()).toEqual([]);
      await store.save(sampleProject({ id: 'old', name: 'Old', updatedAt: '2024-01-01T00:00:00.000Z' }));
      await store.save(sampleProject({ id: 'new', name: 'New', updatedAt: '2025-06-01T00:00:00.000Z' }));
      await store.save(sampleProject({ id: 'old', name: 'Old v2', updatedAt: '2024-02-01T00:00:00.000Z' }));
      const list = await store.list();
      expect(list.map((s) => [s.id, s.name])).toEqual([['new', 'New'], ['old', 'Old v2']]);
      expect(list[0]).toEqual({ id: 'new', name: 'New', updatedAt: '2025-06-01T00:00:00.000Z', sites: 2, units: 1 });
    });

    it('renames in the list and in the loaded project', async () => {
      const store = await h.create();
      const p = sampleProject();
      await store.save(p);
      await store.rename(p.id, '  Kế hoạch 2026 ');
      expect((await store.load(p.id))?.name).toBe('Kế hoạch 2026');
      const [summary] = await store.list();
      expect(summary?.name).toBe('Kế hoạch 2026');
      expect(summary && summary.updatedAt >= p.updatedAt).toBe(true);
      expect((await rejection(store.rename(p.id, '   '))).kind).toBe('invalid');
      expect((await rejection(store.rename('ghost', 'X'))).kind).toBe('not-found');
    });

    it('removes a project, forgets it as last opened, and ignores unknown ids', async () => {
      const store = await h.create();
      await store.save(sampleProject({ id: 'a' }));
      await store.save(sampleProject({ id: 'b' }));
      await store.setLastOpened('a');
      await store.remove('a');
      expect(await store.load('a')).toBeNull();
      expect((await store.list()).map((s) => s.id)).toEqual(['b']);
      expect(await store.getLastOpened()).toBeNull();
      await expect(store.remove('a')).resolves.toBeUndefined();
    });

    it('remembers the last opened project', async () => {
      const store = await h.create();
      expect(await store.getLastOpened()).toBeNull();
      await store.save(sampleProject({ id: 'a' }));
      await store.save(sampleProject({ id: 'b' }));
      await store.setLastOpened('b');
      await store.setLastOpened('a');
      expect(await store.getLastOpened()).toBe('a');
      expect((await rejection(store.setLastOpened('ghost'))).kind).toBe('not-found');
      expect(await store.getLastOpened()).toBe('a');
    });

    it('keeps the previous version whole when a save cannot be stored', async () => {
      const store = await h.create();
      const v1 = sampleProject();
      await store.save(v1);
      const v2 = sampleProject({ name: 'Version 2', updatedAt: '2025-04-01T00:00:00.000Z' });
      Object.assign(v2.settings, { onChange: () => undefined });
      const err = await rejection(store.save(v2));
      expect(err.kind).toBe('invalid');
      expect(storeErrorEn(err)).toContain('Version 2');
      expect(await store.load(v1.id)).toEqual(v1);
      expect((await store.list()).map((s) => s.name)).toEqual([v1.name]);
    });

    it('reports a full disk as quota, keeps the stored and the in-memory project', async () => {
      const store = await h.create();
      const v1 = sampleProject();
      await store.save(v1);
      h.fillStorage(store);
      const v2 = sampleProject({ name: 'Bigger', baseline: { ...v1.baseline, sites: [...v1.baseline.sites, site('S3', 107.9, 12.3)] } });
      const before = structuredClone(v2);
      const err = await rejection(store.save(v2));
      expect(err.kind).toBe('quota');
      expect(storeErrorEn(err)).toMatch(/"Bigger".*storage .* is full/);
      expect(v2).toEqual(before);
      expect(await store.load(v1.id)).toEqual(v1);
    });

    it('refuses to save a project from a newer schema', async () => {
      const store = await h.create();
      const err = await rejection(store.save(sampleProject({ schemaVersion: 7 })));
      expect(err.kind).toBe('newer-version');
      expect(await store.list()).toEqual([]);
    });

    it('counts revisions: a new project is saved at 1, each save and rename adds one', async () => {
      const store = await h.create();
      const p = sampleProject();
      expect(await store.save(p, 0)).toBe(1);
      expect((await store.loadWithRevision(p.id))?.revision).toBe(1);
      expect(await store.save({ ...p, name: 'v2' }, 1)).toBe(2);
      await store.rename(p.id, 'v3');
      const stored = await store.loadWithRevision(p.id);
      expect(stored?.revision).toBe(3);
      expect(stored?.project.name).toBe('v3');
      expect(await store.loadWithRevision('ghost')).toBeNull();
    });

    it('refuses a save whose base revision is stale (two tabs saved from the same base) and keeps the first save', async () => {
      const store = await h.create();
      const p = sampleProject();
      const base = await store.save(p, 0);
      const tabA = sampleProject();
      const tabB = sampleProject();
      Object.assign(tabA.scenarios[0] ?? {}, { name: 'Renamed in A' });
      Object.assign(tabB.scenarios[0] ?? {}, { note: 'Note from B' });
      expect(await store.save(tabA, base)).toBe(base + 1);
      const err = await rejection(store.save(tabB, base));
      expect(err.kind).toBe('conflict');
      expect(storeErrorEn(err)).toContain(p.name);
      const stored = await store.loadWithRevision(p.id);
      expect(stored?.project).toEqual(tabA);
      expect(stored?.revision).toBe(base + 1);
      // After reloading the stored copy, B saves on top of A's work.
      expect(await store.save({ ...tabA, name: 'B after reload' }, base + 1)).toBe(base + 2);
    });

    it('refuses a save based on a revision from before another tab renamed the project', async () => {
      const store = await h.create();
      const p = sampleProject();
      const base = await store.save(p, 0);
      await store.rename(p.id, 'Renamed in the list');
      expect((await rejection(store.save({ ...p, name: 'Old name' }, base))).kind).toBe('conflict');
      expect((await store.load(p.id))?.name).toBe('Renamed in the list');
    });

    it('writes a project that is not stored whatever the base, and unconditionally without a base', async () => {
      const store = await h.create();
      const p = sampleProject();
      expect(await store.save(p, 4)).toBe(5);
      await store.remove(p.id);
      expect(await store.save(p, 5)).toBe(6);
      expect(await store.save({ ...p, name: 'Tool' })).toBe(7);
      expect((await store.load(p.id))?.name).toBe('Tool');
    });

    it('stores markup in strings as plain data', async () => {
      const store = await h.create();
      const p = sampleProject({ name: XSS });
      p.baseline.sites[0] = site('S1', 107.72, 12.12, { name: XSS, carrier: `"><script>alert(1)</script>` });
      await store.save(p);
      const loaded = await store.load(p.id);
      expect(loaded?.name).toBe(XSS);
      expect(loaded?.baseline.sites[0]?.name).toBe(XSS);
      expect(loaded?.baseline.sites[0]?.carrier).toBe(`"><script>alert(1)</script>`);
      expect((await store.list())[0]?.name).toBe(XSS);
    });
  });
}
