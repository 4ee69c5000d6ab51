/** The band helper thread, started by the coverage worker: paints each band job and sweeps each terrain job it is sent. */
import { runBandJob, type BandJob } from '../domain/coverage/band-job';
import { isSweepJob, runSweepJob, type SweepJob } from '../domain/coverage/sweep-job';

self.addEventListener('message', (e: MessageEvent<BandJob | SweepJob>) => (isSweepJob(e.data) ? runSweepJob(e.data) : runBandJob(e.data)));
self.postMessage('ready');
