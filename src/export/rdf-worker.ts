// Worker thread body for writeRdfInWorker (rdf-in-worker.ts): rebuilds the graph from its serialised
// form, renders the RDF files as the build's own thread would (same code, same bytes) and writes each
// to its staged temporary path.

import Graph from 'graphology';
import { parentPort } from 'node:worker_threads';

import { StandInTexts } from '../extract/workers';
import type { KnowledgeGraph } from '../graph/attributes';
import { writeRdfFiles } from './index';
import type { RdfJob, RdfReply } from './rdf-in-worker';

const port = parentPort;
if (!port) throw new Error('rdf-worker: not running in a worker thread');

port.once('message', async (job: RdfJob) => {
  let reply: RdfReply;
  try {
    const graph = Graph.from(job.graph) as unknown as KnowledgeGraph;
    reply = { triples: await writeRdfFiles(graph, { base: job.base, docTexts: new StandInTexts(new Map(job.codePoints)) }, job.files) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    reply = { error: { message: e?.message ?? String(err), code: e?.code } };
  }
  port.postMessage(reply);
});
