/**
 * Issue 17: what the 200,000-row carrier import costs the tab in memory. The page's JS heap (CDP, after a forced GC)
 * and the resident memory of Chromium's renderer processes, which hold the page and its workers (read from /proc),
 * before the import, at its peak (sampled every 250 ms) and after the commit's coverage is drawn.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { importBigCarrier } from './big-import';
import type { Report } from './report';

const mb = (bytes: number): number => Number((bytes / 2 ** 20).toFixed(1));

/** The pids of the browser's renderer processes (the page and its dedicated workers live in one). */
async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    return info.processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  } finally {
    await cdp.detach();
  }
}

/** Resident set of the processes, bytes (a process that has ended counts 0). */
function rssBytes(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(m?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
  }
  return total;
}

interface CdpReply { id: number; result?: { usedSize?: number; backingStorageSize?: number; embedderHeapUsedSize?: number } }

/**
 * Each dedicated worker's JS heap after a GC, MB by worker URL (CDP through the browser session: Playwright gives
 * pages a CDP session, not workers, so the commands go to each worker target by message).
 */
async function workerHeapsMb(browser: Browser): Promise<Record<string, number>> {
  const cdp = await browser.newBrowserCDPSession();
  const out: Record<string, number> = {};
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    for (const t of targetInfos.filter((x) => x.type === 'worker')) {
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })) as { sessionId: string };
      let next = 1;
      const ask = (method: string) => new Promise<CdpReply>((resolve) => {
        const id = next++;
        const onMessage = (e: { sessionId: string; message: string }) => {
          const reply = JSON.parse(e.message) as CdpReply;
          if (e.sessionId !== sessionId || reply.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(reply);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
      await ask('HeapProfiler.enable');
      await ask('HeapProfiler.collectGarbage');
      const usage = (await ask('Runtime.getHeapUsage')).result;
      const name = (t.url.split('/').pop() ?? t.url).replace(/-[\w-]{8}\.m?js$/, '');
      // the heap, and apart the ArrayBuffers' backing stores (rasters, footprints, terrain windows live there)
      out[`${name}:heap`] = (out[`${name}:heap`] ?? 0) + mb(usage?.usedSize ?? 0);
      if (usage?.backingStorageSize !== undefined) out[`${name}:buffers`] = (out[`${name}:buffers`] ?? 0) + mb(usage.backingStorageSize);
      await cdp.send('Target.detachFromTarget', { sessionId });
    }
  } finally {
    await cdp.detach();
  }
  return out;
}

/** {a.js: 1} as {`${prefix}:a.js`: 1}, or the error as `${prefix}_error`. */
function flat(prefix: string, heaps: Record<string, number> | { error: string }): Record<string, number | string> {
  if ('error' in heaps && typeof heaps.error === 'string') return { [`${prefix}_error`]: heaps.error };
  return Object.fromEntries(Object.entries(heaps).map(([k, v]) => [`${prefix}:${k}`, v]));
}

async function heapAfterGc(page: Page): Promise<{ used: number; buffers: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return { used: usage.usedSize, buffers: usage.backingStorageSize ?? Number.NaN };
  } finally {
    await cdp.detach();
  }
}

export async function importMemoryCase(page: Page, browser: Browser, report: Report): Promise<void> {
  const heapBefore = await heapAfterGc(page);
  const workersBefore = await workerHeapsMb(browser).catch((e: unknown) => ({ error: String(e) }));
  let pids = await rendererPids(browser);
  const rssBefore = rssBytes(pids);
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssBytes(pids));
  }, 250);
  const refresh = setInterval(() => {
    void rendererPids(browser).then((p) => {
      pids = p;
    }, () => undefined);
  }, 5000);
  try {
    const big = await importBigCarrier(page);
    peak = Math.max(peak, rssBytes(pids));
    const rssSettled = rssBytes(pids);
    const heapAfter = await heapAfterGc(page);
    const rssAfterGc = rssBytes(pids);
    const workersAfter = await workerHeapsMb(browser).catch((e: unknown) => ({ error: String(e) }));
    report('import-200k-memory', {
      sites: big.sites, import_ms: big.importMs, commit_to_settled_ms: big.computeMs, end_to_end_ms: big.importMs + big.computeMs,
      page_heap_before_mb: mb(heapBefore.used), page_heap_after_mb: mb(heapAfter.used),
      page_buffers_before_mb: mb(heapBefore.buffers), page_buffers_after_mb: mb(heapAfter.buffers),
      renderer_rss_before_mb: mb(rssBefore), renderer_rss_peak_mb: mb(peak), renderer_rss_after_mb: mb(rssSettled),
      renderer_rss_after_page_gc_mb: mb(rssAfterGc), renderer_rss_growth_mb: mb(rssAfterGc - rssBefore),
      ...flat('worker_heap_before_mb', workersBefore), ...flat('worker_heap_after_mb', workersAfter),
      scope: 'page heap: main thread after a CDP GC; RSS: every renderer process (page and its workers)',
    });
  } finally {
    clearInterval(sampler);
    clearInterval(refresh);
  }
}
