/**
 * Bytes the browser fetched at start (the page's CDP Network events; worker scripts and the chunks they import load
 * out of its sight, so they count by their build files, as Playwright sees them requested), and what the build files
 * fetched weigh gzipped with zlib at its default level (what a server compressing them would send).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Transfers {
  /** Path → bytes on the wire (headers and encoded body), in the order they finished. */
  bytes: Map<string, number>;
  /** Paths of the scripts that started workers. */
  workers: Set<string>;
  /** Paths of every request finished, the workers' own (their chunks) included, which CDP's page events miss. */
  finished: Set<string>;
}

/** Records every request the page (and its workers' scripts) finishes from now on; call before navigating. */
export async function trackTransfers(page: Page): Promise<Transfers> {
  const out: Transfers = { bytes: new Map(), workers: new Set(), finished: new Set() };
  const paths = new Map<string, string>();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.responseReceived', (e) => paths.set(e.requestId, new URL(e.response.url).pathname));
  cdp.on('Network.loadingFinished', (e) => {
    const path = paths.get(e.requestId);
    if (path !== undefined) out.bytes.set(path, (out.bytes.get(path) ?? 0) + e.encodedDataLength);
  });
  await cdp.send('Network.enable');
  page.on('worker', (w) => out.workers.add(new URL(w.url()).pathname));
  page.on('requestfinished', (r) => out.finished.add(new URL(r.url()).pathname));
  return out;
}

const kb = (bytes: number): number => Number((bytes / 1024).toFixed(1));

const CHUNK_REF = /(?:from\s*|import\(\s*)["'`]\.\/([^"'`]+\.m?js)["'`]/g;

/**
 * The worker scripts and every chunk they import, statically or on first use (paths as the page requests them). A
 * worker's chunks are fetched by the worker but reach the page's Network events, so they are told apart here by the
 * build's own references; the worker bundles share no chunk with the page's.
 */
function workerScripts(workers: Set<string>, dist: string): Set<string> {
  const out = new Set<string>();
  const queue = [...workers];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (out.has(path)) continue;
    out.add(path);
    const file = join(dist, decodeURIComponent(path));
    if (!existsSync(file)) continue;
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const ref of readFileSync(file, 'utf8').matchAll(CHUNK_REF)) if (ref[1] !== undefined) queue.push(dir + ref[1]);
  }
  return out;
}

/** Totals of what was fetched so far: on the wire, and gzipped per kind (page JS, worker JS, CSS, the rest). */
export function startBytes(t: Transfers, dist: string): Record<string, number | string> {
  let wire = 0;
  const gzip = { page: 0, worker: 0, css: 0, other: 0 };
  const paths = new Set([...t.bytes.keys(), ...t.workers, ...t.finished]);
  const workerJs = workerScripts(t.workers, dist);
  for (const path of paths) {
    wire += t.bytes.get(path) ?? 0;
    const file = join(dist, path === '/' ? 'index.html' : decodeURIComponent(path));
    if (!existsSync(file)) continue;
    const size = gzipSync(readFileSync(file)).length;
    const kind = workerJs.has(path) ? 'worker' : /\.m?js$/.test(path) ? 'page' : path.endsWith('.css') ? 'css' : 'other';
    gzip[kind] += size;
  }
  const largest = [...t.bytes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
  return {
    kb: kb(gzip.page + gzip.worker + gzip.css + gzip.other),
    page_js_gzip_kb: kb(gzip.page),
    worker_js_gzip_kb: kb(gzip.worker),
    css_gzip_kb: kb(gzip.css),
    other_gzip_kb: kb(gzip.other),
    transferred_kb: kb(wire),
    transferred_scope: 'page requests; worker scripts and their chunks not seen (they count in the gzip figures)',
    requests: paths.size,
    largest_transferred_kb: largest.map(([p, b]) => `${p.replace(/^.*\//, '')} ${kb(b)}`).join(', '),
  };
}
