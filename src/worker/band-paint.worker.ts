/** The band helper thread, started by the coverage worker: paints each band job it is sent (see band-job). */
import { runBandJob, type BandJob } from '../domain/coverage/band-job';

self.addEventListener('message', (e: MessageEvent<BandJob>) => runBandJob(e.data));
self.postMessage('ready');
