import { afterEach, describe, expect, it, vi } from 'vitest';
import { readViewPrefs, writeViewPrefs } from '../../src/io/view-prefs';
import { ViewMemory } from '../../src/app/view-memory';
import { createStore } from '../../src/app/store';
import { INITIAL_STATE, type AppState } from '../../src/app/state';

function fakeStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('view prefs per project', () => {
  it('keeps layers and the view per project and merges later writes', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    writeViewPrefs('p1', { layers: { roads: false } });
    writeViewPrefs('p1', { view: { lon: 107.6, lat: 12.2, zoom: 11.5 } });
    expect(readViewPrefs('p1')).toEqual({ layers: { roads: false }, view: { lon: 107.6, lat: 12.2, zoom: 11.5 } });
    expect(readViewPrefs('p2')).toEqual({});
  });

  it('leaves out what is malformed and survives broken JSON or no storage', () => {
    const s = fakeStorage();
    vi.stubGlobal('localStorage', s);
    s.setItem('phusong.view.p1', JSON.stringify({ layers: { roads: 'no', units: true, __proto__: { x: true } }, view: { lon: 500, lat: 0, zoom: 3 } }));
    expect(readViewPrefs('p1')).toEqual({ layers: { units: true } });
    s.setItem('phusong.view.p1', '{broken');
    expect(readViewPrefs('p1')).toEqual({});
    vi.stubGlobal('localStorage', undefined);
    expect(() => writeViewPrefs('p1', { view: { lon: 1, lat: 1, zoom: 1 } })).not.toThrow();
    expect(readViewPrefs('p1')).toEqual({});
  });

  it('restores a project\'s layers and view when it opens, and saves a layer switch', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    writeViewPrefs('p1', { layers: { roads: false, villages: true, basemap: true }, view: { lon: 107.7, lat: 12.0, zoom: 12 } });
    const store = createStore<AppState>({ ...INITIAL_STATE });
    new ViewMemory(store);
    store.set({ project: { id: 'p1', name: 'A', createdAt: '2026-12-01T00:00:00Z' } });
    // the online basemap is never turned on by a reload: it would send requests before the user asks
    expect(store.get().layers).toMatchObject({ roads: false, villages: true, coverage: true, basemap: false });
    expect(store.get().mapFocus).toMatchObject({ lon: 107.7, lat: 12.0, zoom: 12 });
    store.set({ layers: { ...store.get().layers, fibre: false } });
    expect(readViewPrefs('p1').layers).toMatchObject({ fibre: false, roads: false });
  });
});
