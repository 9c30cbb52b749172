// The RDF files made on a worker thread while the build's own thread writes graph.json and the viewer
// page: the two largest parts of the reduce then run on two cores. The worker writes each file to the
// temporary path the build staged for it (write-outputs.ts), so nothing large crosses threads but the
// serialised graph going in.

import type { SerializedGraph } from 'graphology-types';

import type { CodePointIndex } from '../extract/workers';
import { startWorker } from '../utils/start-worker';

export interface RdfJob {
  graph: SerializedGraph;
  base: string;
  /** Each document's code-point index (export converts offsets with it). */
  codePoints: Array<[string, CodePointIndex]>;
  /** Output file name → the temporary path to write it to. */
  files: Record<string, string>;
}

export type RdfReply = { triples: number } | { error: { message: string; code?: string } };

/** A failure of the worker itself (it could not start, or died), as against a write that failed. */
export class RdfWorkerError extends Error {}

/**
 * Writes the RDF files of the job on a new worker thread and resolves with the number of triples;
 * `signal` stops the worker (the promise then settles once it has stopped).
 */
export function writeRdfInWorker(job: RdfJob, signal?: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(__filename, 'rdf-worker');
    let settled = false;
    signal?.addEventListener('abort', () => {
      if (settled) return;
      settled = true;
      void worker.terminate().then(() => reject(new RdfWorkerError('export: the RDF worker was stopped')));
    });
    worker.once('message', (reply: RdfReply) => {
      settled = true;
      void worker.terminate();
      if ('triples' in reply) return resolve(reply.triples);
      // (A system error keeps its code, so the build can say what to do about the disk.)
      reject(Object.assign(new Error(reply.error.message), reply.error.code ? { code: reply.error.code } : {}));
    });
    worker.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(new RdfWorkerError(`export: the RDF worker failed (${err.message})`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new RdfWorkerError(`export: the RDF worker stopped (exit code ${code}) before it finished`));
    });
    worker.postMessage(job);
  });
}
