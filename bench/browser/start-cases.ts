/** First coverage cold and warm, and what the start cost in heap and bytes. */
import type { Page } from 'playwright-core';
import type { Harness } from '../../tests/e2e/harness';
import { firstCoverage, probedContext } from './page-timing';
import type { Report } from './report';
import { startBytes, trackTransfers } from './start-bytes';

const round = (x: number): number => Math.round(x);

export async function startCases(h: Harness, dist: string, report: Report): Promise<void> {
  const context = await probedContext(h);
  try {
    const page = await context.newPage();
    const transfers = await trackTransfers(page);
    await page.goto(h.baseUrl);
    const cold = await firstCoverage(page);
    report('first-coverage-cold', { ms: round(cold.drawnMs), ready_ms: round(cold.readyMs) });
    const fetched = startBytes(transfers, dist);

    const cdp = await context.newCDPSession(page);
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await cdp.send('Runtime.getHeapUsage');
    const mb = (b: number) => Number((b / 2 ** 20).toFixed(1));
    report('start-heap', { used_mb: mb(heap.usedSize), total_mb: mb(heap.totalSize), used_after_gc_mb: mb(afterGc.usedSize), scope: 'page main thread (workers apart)' });
    report('start-bytes', fetched);

    transfers.bytes.clear();
    const warm = await reopened(page);
    report('first-coverage-warm', { ms: round(warm.drawnMs), ready_ms: round(warm.readyMs), transferred_kb: Number(([...transfers.bytes.values()].reduce((a, b) => a + b, 0) / 1024).toFixed(1)) });

    // The same warm start without the kept coverage (the naive way, as before it was kept): the engine's build first.
    await page.waitForSelector('[data-testid="saved-state"]:not([data-coverage-kept=""])', { timeout: 60_000 });
    await page.evaluate(clearKeptCoverage);
    await page.reload();
    const recomputed = await firstCoverage(page);
    report('first-coverage-warm-recomputed', { ms: round(recomputed.drawnMs), ready_ms: round(recomputed.readyMs) });
  } finally {
    await context.close();
  }
}

/**
 * Warm: reloads in the same context, so the HTTP cache, the project the autosave stored in IndexedDB and the coverage
 * kept with it (app/coverage-memory) are there, as a user reopening the project later finds them.
 */
export async function reopened(page: Page, timeoutMs = 600_000): Promise<{ readyMs: number; drawnMs: number }> {
  await page.waitForFunction(() => {
    const saved = document.querySelector('[data-testid="saved-state"]');
    return saved?.getAttribute('data-state') === 'saved' && Boolean(saved.getAttribute('data-coverage-kept'));
  }, undefined, { timeout: timeoutMs, polling: 250 });
  await page.reload();
  return firstCoverage(page, timeoutMs);
}

/** In the page: empties the coverage kept with stored projects (io/store/coverage-cache.ts). */
function clearKeptCoverage(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('phusong-coverage-cache');
    open.onerror = () => reject(open.error ?? new Error('cannot open the coverage cache'));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('coverage', 'readwrite');
      tx.objectStore('coverage').clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('cannot clear the coverage cache'));
    };
  });
}
