import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { allowedBasemapOrigin, BASEMAP_ORIGIN_KEY, basemapAccess, basemapOrigin, rememberBasemapOrigin } from '../../src/app/basemap-policy';
import { INITIAL_STATE } from '../../src/app/state';
import { createStore } from '../../src/app/store';

class FakeStorage {
  readonly items = new Map<string, string>();
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
  removeItem(k: string): void {
    this.items.delete(k);
  }
}

interface FakeMeta {
  httpEquiv: string;
  content: string;
  attrs: Map<string, string>;
  setAttribute(k: string, v: string): void;
}

/** Runs public/csp-basemap.js as the page would, with `remembered` in localStorage; returns the meta it added. */
function runBootScript(remembered: string | null, storageThrows = false): FakeMeta[] {
  const appended: FakeMeta[] = [];
  const storage = new FakeStorage();
  if (remembered !== null) storage.setItem(BASEMAP_ORIGIN_KEY, remembered);
  const window = {
    get localStorage(): FakeStorage {
      if (storageThrows) throw new Error('SecurityError');
      return storage;
    },
  };
  const document = {
    createElement: (): FakeMeta => {
      const attrs = new Map<string, string>();
      return { httpEquiv: '', content: '', attrs, setAttribute: (k, v) => attrs.set(k, v) };
    },
    head: { appendChild: (m: FakeMeta) => appended.push(m) },
  };
  runInNewContext(readFileSync('public/csp-basemap.js', 'utf8'), { window, document });
  return appended;
}

describe('basemap origin', () => {
  it('takes the https origin of a tile template and nothing else', () => {
    expect(basemapOrigin('https://Tiles.Example.com/{z}/{x}/{y}.png')).toBe('https://tiles.example.com');
    expect(basemapOrigin('  https://a.tile.vn:8443/{z}/{x}/{y}.png ')).toBe('https://a.tile.vn:8443');
    expect(basemapOrigin('http://tiles.example.com/{z}/{x}/{y}.png')).toBeNull();
    expect(basemapOrigin('javascript:alert(1)')).toBeNull();
    expect(basemapOrigin('https://')).toBeNull();
    expect(basemapOrigin('')).toBeNull();
  });

  it('allows a host only when the page policy names it; without a run-time policy (dev) nothing is narrowed', () => {
    const url = 'https://tiles.example.com/{z}/{x}/{y}.png';
    expect(basemapAccess(url, 'https://tiles.example.com')).toBe('allowed');
    expect(basemapAccess(url, '')).toBe('needs-reload');
    expect(basemapAccess(url, 'https://other.example.com')).toBe('needs-reload');
    expect(basemapAccess(url, undefined)).toBe('allowed');
    expect(basemapAccess('http://x/{z}', '')).toBe('none');
  });

  it('reads the allowed origin from the run-time policy element', () => {
    const doc = (origin: string | null) => ({
      querySelector: () => (origin === null ? null : ({ getAttribute: () => origin } as unknown as Element)),
    });
    expect(allowedBasemapOrigin(doc('https://t.example'))).toBe('https://t.example');
    expect(allowedBasemapOrigin(doc(''))).toBe('');
    expect(allowedBasemapOrigin(doc(null))).toBeUndefined();
  });

  it('remembers the open project\u2019s basemap origin for the next page load, and forgets it when the URL goes', () => {
    const store = createStore(INITIAL_STATE);
    const storage = new FakeStorage();
    rememberBasemapOrigin(store, storage);
    expect(storage.getItem(BASEMAP_ORIGIN_KEY)).toBeNull();
    store.set({ basemapUrl: 'https://tiles.example.com/{z}/{x}/{y}.png' });
    expect(storage.getItem(BASEMAP_ORIGIN_KEY)).toBe('https://tiles.example.com');
    store.set({ basemapUrl: 'http://plain.example.com/{z}/{x}/{y}.png' });
    expect(storage.getItem(BASEMAP_ORIGIN_KEY)).toBeNull();
  });
});

describe('public/csp-basemap.js', () => {
  it('narrows connect-src to the page itself when no basemap was entered', () => {
    const [meta] = runBootScript(null);
    expect(meta?.httpEquiv).toBe('Content-Security-Policy');
    expect(meta?.content).toBe("connect-src 'self' data: blob:");
    expect(meta?.attrs.get('data-basemap-origin')).toBe('');
  });

  it('adds exactly the remembered origin', () => {
    const [meta] = runBootScript('https://tiles.example.com');
    expect(meta?.content).toBe("connect-src 'self' data: blob: https://tiles.example.com");
    expect(meta?.attrs.get('data-basemap-origin')).toBe('https://tiles.example.com');
  });

  it('never widens on a tampered value: wildcards, schemes, paths and extra directives are dropped', () => {
    for (const bad of ['https:', '*', 'https://*.example.com', "https://a.example; script-src 'unsafe-inline'", 'https://a.example/path', 'http://a.example', 'HTTPS://A.EXAMPLE']) {
      expect(runBootScript(bad)[0]?.content, bad).toBe("connect-src 'self' data: blob:");
    }
  });

  it('allows no other host when storage is refused', () => {
    expect(runBootScript(null, true)[0]?.content).toBe("connect-src 'self' data: blob:");
  });
});
