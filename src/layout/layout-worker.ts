// Worker thread body for runInWorker (run-in-worker.ts): runs ForceAtlas2 on the arrays it is sent
// and sends the positions back. The same code on the same numbers as in the main thread, so the
// positions are the same wherever the layout ran.

import { parentPort } from 'node:worker_threads';

import { runPeeledLayout } from './peel-leaves';
import { buffersOf, type LayoutJob, type LayoutResult } from './run-in-worker';

const port = parentPort;
if (!port) throw new Error('layout-worker: not running in a worker thread');

port.once('message', (job: LayoutJob) => {
  const start = performance.now();
  runPeeledLayout(job.arrays, job.settings, job.iterations);
  const result: LayoutResult = { x: job.arrays.x, y: job.arrays.y, ms: performance.now() - start };
  port.postMessage(result, buffersOf(job.arrays.x, job.arrays.y));
});
