/**
 * The page may reach one host besides itself: the origin of the basemap URL the user entered. That origin is kept in
 * localStorage, where public/csp-basemap.js reads it before any other script runs and writes it into a second
 * Content-Security-Policy. A policy can only be narrowed once the page runs, so a new basemap host takes a reload.
 */
import type { AppState } from './state';
import type { Store } from './store';

export const BASEMAP_ORIGIN_KEY = 'phusong.basemapOrigin';
const POLICY_SELECTOR = 'meta[http-equiv="Content-Security-Policy"][data-basemap-origin]';

/** The https origin of an XYZ URL template, lower case, or null for anything else (http, garbage, no host). */
export function basemapOrigin(url: string): string | null {
  if (!/^https:\/\//i.test(url.trim())) return null;
  try {
    const origin = new URL(url.trim()).origin.toLowerCase();
    return /^https:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/.test(origin) ? origin : null;
  } catch {
    return null;
  }
}

/**
 * The basemap origin this page's policy lets through: '' for none, or `undefined` when the page runs without the
 * run-time policy (the dev server), where nothing is narrowed.
 */
export function allowedBasemapOrigin(doc: Pick<Document, 'querySelector'>): string | undefined {
  const meta = doc.querySelector(POLICY_SELECTOR);
  return meta ? (meta.getAttribute('data-basemap-origin') ?? '') : undefined;
}

export type BasemapAccess = 'none' | 'allowed' | 'needs-reload';

/** Whether the map can load tiles from `url` in a page whose policy allows `allowed`. */
export function basemapAccess(url: string, allowed: string | undefined): BasemapAccess {
  const origin = basemapOrigin(url);
  if (origin === null) return 'none';
  return allowed === undefined || allowed === origin ? 'allowed' : 'needs-reload';
}

/** Keeps the remembered origin equal to the open project's basemap URL, for the policy of the next page load. */
export function rememberBasemapOrigin(store: Store<AppState>, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): () => void {
  const write = (url: string): void => {
    const origin = basemapOrigin(url);
    try {
      if (origin === null) storage.removeItem(BASEMAP_ORIGIN_KEY);
      else if (storage.getItem(BASEMAP_ORIGIN_KEY) !== origin) storage.setItem(BASEMAP_ORIGIN_KEY, origin);
    } catch {
      // Storage refused: the next load allows no basemap host, which is the safe side.
    }
  };
  let last = store.get().basemapUrl;
  write(last);
  return store.subscribe(() => {
    const url = store.get().basemapUrl;
    if (url !== last) write((last = url));
  });
}
