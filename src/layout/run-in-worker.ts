// ForceAtlas2 on a worker thread, so that the build renders RDF (which does not read positions)
// while the layout runs. The arrays are transferred, not copied.

import type { ForceAtlas2Settings, LayoutArrays } from './forceatlas2';
import { startWorker } from '../utils/start-worker';

export interface LayoutJob {
  arrays: LayoutArrays;
  settings: ForceAtlas2Settings;
  iterations: number;
}

/** Final positions, and the milliseconds ForceAtlas2 took in the worker. */
export interface LayoutResult {
  x: Float64Array;
  y: Float64Array;
  ms: number;
}

/** The buffers to transfer (typed arrays made here always own a plain ArrayBuffer). */
export function buffersOf(...arrays: ArrayBufferView[]): ArrayBuffer[] {
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** Runs the job on a new worker thread and resolves with the final positions; `signal` stops it. */
export function runInWorker(job: LayoutJob, signal?: AbortSignal): Promise<LayoutResult> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(__filename, 'layout-worker');
    let settled = false;
    signal?.addEventListener('abort', () => {
      if (settled) return;
      settled = true;
      reject(new Error('layout: stopped'));
      void worker.terminate();
    });
    worker.once('message', (positions: LayoutResult) => {
      settled = true;
      resolve(positions);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`layout: the worker stopped (exit code ${code}) before it finished`));
    });
    const { arrays } = job;
    worker.postMessage(job, buffersOf(arrays.x, arrays.y, arrays.source, arrays.target, arrays.weight));
  });
}
