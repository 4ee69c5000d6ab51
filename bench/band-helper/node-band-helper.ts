/** A band helper on a Node worker thread, for the bench (the app's lives in its Web Worker). */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { BandHelper } from '../../src/domain/coverage/band-job';

export interface NodeBandHelper extends BandHelper {
  close(): Promise<void>;
}

/**
 * The thread's code as one plain-JavaScript script, as the app's band worker is once Vite has built it: a thread
 * that registered a TypeScript loader instead would carry it (about 20 MB) into every memory figure.
 */
function threadScript(): string {
  const entry = fileURLToPath(new URL('./thread.ts', import.meta.url));
  const built = buildSync({ entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', target: 'node20', write: false });
  const script = built.outputFiles[0]?.text;
  if (!script) throw new Error(`esbuild produced no output for ${entry}`);
  return script;
}

/** Starts the thread and resolves once it is ready to paint. */
export async function startNodeBandHelper(): Promise<NodeBandHelper> {
  const worker = new Worker(threadScript(), { eval: true });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  worker.unref();
  return {
    ready: true,
    start: (job) => worker.postMessage(job),
    startSweep: (job) => worker.postMessage(job),
    close: async () => {
      await worker.terminate();
    },
  };
}
