// ForceAtlas2 on a worker thread, so that the build renders RDF (which does not read positions)
// while the layout runs. The arrays are transferred, not copied.

import type { ForceAtlas2Settings, LayoutArrays } from './forceatlas2';
import { prestartWorker, runOnce } from '../utils/start-worker';

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
  const { arrays } = job;
  return runOnce<LayoutResult>(__filename, 'layout-worker', 'layout', job, buffersOf(arrays.x, arrays.y, arrays.source, arrays.target, arrays.weight), signal);
}

/** Starts the worker runInWorker will use, so that it has loaded its modules by then. */
export function prestartLayoutWorker(): void {
  prestartWorker(__filename, 'layout-worker');
}
