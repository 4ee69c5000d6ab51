/** The helper thread: paints each band job and sweeps each terrain job it is sent (see src/domain/coverage/band-job.ts, sweep-job.ts). */
import { parentPort } from 'node:worker_threads';
import { runBandJob, type BandJob } from '../../src/domain/coverage/band-job';
import { isSweepJob, runSweepJob, type SweepJob } from '../../src/domain/coverage/sweep-job';

parentPort?.on('message', (job: BandJob | SweepJob) => (isSweepJob(job) ? runSweepJob(job) : runBandJob(job)));
parentPort?.postMessage('ready');
