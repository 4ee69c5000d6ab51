/**
 * Bytes the browser fetched at start (the page's CDP Network events; worker scripts load out of its sight, so they
 * count by their build files), and what the build files fetched weigh gzipped with zlib at its default level (what
 * a server compressing them would send).
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
}

/** Records every request the page (and its workers' scripts) finishes from now on; call before navigating. */
export async function trackTransfers(page: Page): Promise<Transfers> {
  const out: Transfers = { bytes: new Map(), workers: new Set() };
  const paths = new Map<string, string>();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.responseReceived', (e) => paths.set(e.requestId, new URL(e.response.url).pathname));
  cdp.on('Network.loadingFinished', (e) => {
    const path = paths.get(e.requestId);
    if (path !== undefined) out.bytes.set(path, (out.bytes.get(path) ?? 0) + e.encodedDataLength);
  });
  await cdp.send('Network.enable');
  page.on('worker', (w) => out.workers.add(new URL(w.url()).pathname));
  return out;
}

const kb = (bytes: number): number => Number((bytes / 1024).toFixed(1));

/** Totals of what was fetched so far: on the wire, and gzipped per kind (page JS, worker JS, CSS, the rest). */
export function startBytes(t: Transfers, dist: string): Record<string, number | string> {
  let wire = 0;
  const gzip = { page: 0, worker: 0, css: 0, other: 0 };
  const paths = new Set([...t.bytes.keys(), ...t.workers]);
  for (const path of paths) {
    wire += t.bytes.get(path) ?? 0;
    const file = join(dist, path === '/' ? 'index.html' : decodeURIComponent(path));
    if (!existsSync(file)) continue;
    const size = gzipSync(readFileSync(file)).length;
    const kind = t.workers.has(path) ? 'worker' : /\.m?js$/.test(path) ? 'page' : path.endsWith('.css') ? 'css' : 'other';
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
    transferred_scope: 'page requests; worker scripts not seen',
    requests: paths.size,
    largest_transferred_kb: largest.map(([p, b]) => `${p.replace(/^.*\//, '')} ${kb(b)}`).join(', '),
  };
}
