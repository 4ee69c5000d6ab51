/** The helper thread: paints each band job it is sent (see src/domain/coverage/band-job.ts). */
import { parentPort } from 'node:worker_threads';
import { runBandJob, type BandJob } from '../../src/domain/coverage/band-job';

parentPort?.on('message', (job: BandJob) => runBandJob(job));
parentPort?.postMessage('ready');
