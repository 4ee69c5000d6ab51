import * as Comlink from 'comlink';
import type { CoverageWorkerApi } from '../worker/coverage.worker';

export type CoverageWorker = Comlink.Remote<CoverageWorkerApi>;

export function startCoverageWorker(): CoverageWorker {
  const worker = new Worker(new URL('../worker/coverage.worker.ts', import.meta.url), { type: 'module', name: 'coverage' });
  return Comlink.wrap<CoverageWorkerApi>(worker);
}
