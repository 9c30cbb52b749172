// Worker thread body for writeRdfInWorker (rdf-in-worker.ts): reads the graph data it is sent as it
// stands (rdf/rdf-graph.ts), renders the RDF files as the build's own thread would (same code, same
// bytes) and writes each to its staged temporary path.

import { parentPort } from 'node:worker_threads';

import { StandInTexts } from '../extract/workers';
import { writeRdfFiles } from './index';
import { readRdfGraph } from './rdf/rdf-graph';
import type { RdfJob, RdfReply } from './rdf-in-worker';

const port = parentPort;
if (!port) throw new Error('rdf-worker: not running in a worker thread');

port.once('message', async (job: RdfJob) => {
  let reply: RdfReply;
  try {
    reply = { triples: await writeRdfFiles(readRdfGraph(job.graph), { base: job.base, docTexts: new StandInTexts(new Map(job.codePoints)) }, job.files) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    reply = { error: { message: e?.message ?? String(err), code: e?.code } };
  }
  port.postMessage(reply);
});
