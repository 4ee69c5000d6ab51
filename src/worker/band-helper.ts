/**
 * The coverage worker's second thread: a nested worker that paints half the rows of every bulk load into the same
 * SharedArrayBuffers, or with terrain sweeps half the sites' terrain windows. Only a cross-origin isolated page has
 * those (the COOP/COEP headers in vite.config.ts); elsewhere there is no helper and the engine works alone, with the
 * same results.
 */
import { canShareBuffers, type BandHelper, type BandJob } from '../domain/coverage/band-job';
import type { SweepJob } from '../domain/coverage/sweep-job';

interface StartedHelper extends BandHelper {
  /** Settles when the thread has started (or failed to). */
  started: Promise<void>;
}

function startBandHelper(): StartedHelper | null {
  if (!globalThis.crossOriginIsolated || !canShareBuffers()) return null;
  const worker = new Worker(new URL('./band-paint.worker.ts', import.meta.url), { type: 'module', name: 'band-paint' });
  let ready = false;
  const started = new Promise<void>((resolve) => {
    worker.addEventListener('message', () => {
      ready = true;
      resolve();
    }, { once: true });
    worker.addEventListener('error', () => {
      ready = false;
      resolve();
    });
  });
  return {
    get ready() {
      return ready;
    },
    start: (job: BandJob): void => worker.postMessage(job),
    startSweep: (job: SweepJob): void => worker.postMessage(job),
    started,
  };
}

/** The helper, started with the coverage worker (a model built before it is ready paints alone). */
const bandHelper = startBandHelper();

/** Waits (at most `timeoutMs`) for the helper to start, so the first build already uses it. */
export async function bandHelperStarted(timeoutMs = 2000): Promise<void> {
  if (!bandHelper || bandHelper.ready) return;
  await Promise.race([bandHelper.started, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}

/** Model options that hand bulk loads to the helper when there is one. */
export const withBandHelper = bandHelper ? { bandHelper } : {};
