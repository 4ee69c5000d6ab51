/** A band helper on a Node worker thread, for the bench and `npm run report` (the app's lives in its Web Worker). */
import { Worker } from 'node:worker_threads';
import type { BandHelper } from '../../src/domain/coverage/band-job';

export interface NodeBandHelper extends BandHelper {
  close(): Promise<void>;
}

/** Starts the thread and resolves once it is ready to paint. */
export async function startNodeBandHelper(): Promise<NodeBandHelper> {
  const worker = new Worker(new URL('./thread.mjs', import.meta.url));
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  worker.unref();
  return {
    ready: true,
    start: (job) => worker.postMessage(job),
    close: async () => {
      await worker.terminate();
    },
  };
}
