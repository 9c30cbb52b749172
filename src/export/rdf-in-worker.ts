// The RDF files made on a worker thread while the build's own thread writes graph.json and the viewer
// page: the two largest parts of the reduce then run on two cores. The worker writes each file to the
// temporary path the build staged for it (write-outputs.ts), so nothing large crosses threads but the
// graph data going in (rdf/rdf-graph.ts toRdfGraphData: what the RDF reads, no more).

import type { CodePointIndex } from '../extract/workers';
import type { RdfGraphData } from './rdf/rdf-graph';
import { prestartWorker, runOnce } from '../utils/start-worker';

export interface RdfJob {
  /** toRdfGraphData of the graph (graph.export() would do too: it holds more). */
  graph: RdfGraphData;
  base: string;
  /** Each document's code-point index (export converts offsets with it). */
  codePoints: Array<[string, CodePointIndex]>;
  /** Output file name → the temporary path to write it to. */
  files: Record<string, string>;
}

export type RdfReply = { triples: number } | { error: { message: string; code?: string } };

/**
 * Writes the RDF files of the job on a new worker thread and resolves with the number of triples;
 * `signal` stops the worker. A write that fails rejects with its system error (its code kept); a
 * worker that fails as a thread rejects with WorkerFailure.
 */
export async function writeRdfInWorker(job: RdfJob, signal?: AbortSignal): Promise<number> {
  const reply = await runOnce<RdfReply>(__filename, 'rdf-worker', 'export', job, [], signal);
  if ('triples' in reply) return reply.triples;
  throw Object.assign(new Error(reply.error.message), reply.error.code ? { code: reply.error.code } : {});
}

/** Starts the worker writeRdfInWorker will use, so that it has loaded its modules by then. */
export function prestartRdfWorker(): void {
  prestartWorker(__filename, 'rdf-worker');
}
