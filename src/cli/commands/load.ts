// `newsgraph load --endpoint URL [--graph IRI]`: sends the built triples to a running SPARQL server
// with the SPARQL 1.1 Graph Store HTTP Protocol: N-Triples POSTed in batches, the default graph to
// --graph (or the server's default graph) and each document's graph of graph.nq to its own IRI.

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { NewsgraphError } from '../../errors';
import { parseRdf, rdfSyntaxOf, streamGraphStoreBatches, toGraphStoreBatches, type GraphStoreBatch, type RdfSource } from '../../query';
import { parseArgs } from '../args';
import type { Io } from '../io';
import { defaultDataFile, readRdfSources } from './query';

import { LOAD_USAGE } from '../usage';

export { LOAD_USAGE };

const DEFAULT_BATCH = 10_000;

/** Data files larger than this are streamed (NEWSGRAPH_LOAD_STREAM_BYTES overrides it; tests use 0). */
const STREAM_BYTES = 64 * 1024 * 1024;

function streamBytes(): number {
  const fromEnv = Number(process.env.NEWSGRAPH_LOAD_STREAM_BYTES);
  return process.env.NEWSGRAPH_LOAD_STREAM_BYTES !== undefined && Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : STREAM_BYTES;
}

/** The ontology.ttl beside a data file that is streamed (the data file itself is not read here). */
function readOntology(dataFile: string, withOntology: boolean): RdfSource[] {
  const ontology = path.join(path.dirname(dataFile), 'ontology.ttl');
  return withOntology && fs.existsSync(ontology) ? [{ name: ontology, text: fs.readFileSync(ontology, 'utf8') }] : [];
}

async function* concat<T>(first: AsyncIterable<T>, then: Iterable<T>): AsyncGenerator<T> {
  yield* first;
  yield* then;
}
/** A server that accepts the connection but never answers should not hang the command forever. */
const REQUEST_TIMEOUT_MS = 120_000;

/** @throws NewsgraphError E_USAGE for anything but an absolute http(s) URL. */
function toEndpointUrl(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new NewsgraphError('E_USAGE', `usage: --endpoint "${endpoint}" is not a URL. Expecting e.g. http://localhost:3030/ds/data`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new NewsgraphError('E_USAGE', `usage: --endpoint must be an http:// or https:// URL, not "${endpoint}".`);
  return url;
}

/** @throws NewsgraphError E_USAGE for a graph name that is not an absolute IRI. */
function assertGraphIri(graph: string): void {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(graph)) {
    throw new NewsgraphError('E_USAGE', `usage: --graph "${graph}" is not an absolute IRI. Expecting e.g. https://example.org/newsgraph/graph`);
  }
}

function requestUrl(endpoint: URL, graph: string | null): string {
  const url = new URL(endpoint);
  // GSP: ?graph=IRI names a graph, a bare ?default the default graph.
  if (graph === null) return `${url.href}${url.search ? '&' : '?'}default`;
  url.searchParams.set('graph', graph);
  return url.href;
}

/** What to try when a server refuses a batch, by HTTP status. */
function adviceFor(status: number, body: string, batch: GraphStoreBatch): string {
  if (batch.graph === null && /default/i.test(body)) return ' This server has no default graph for the Graph Store Protocol: pass --graph IRI.';
  if (status === 401 || status === 403) return ' The server needs write permission (Virtuoso: isql-vt 1111 dba dba exec=\'grant SPARQL_UPDATE to "SPARQL";\', or use its -auth endpoint).';
  if (status === 404 || status === 405) return ' Is --endpoint the Graph Store endpoint (Fuseki: /DATASET/data, Oxigraph: /store, Virtuoso: /sparql-graph-crud), not the query endpoint?';
  if (status === 413) return ' Try a smaller --batch.';
  return '';
}

async function send(endpoint: URL, batch: GraphStoreBatch, method: 'POST' | 'PUT', sent: number): Promise<void> {
  const url = requestUrl(endpoint, batch.graph);
  let res: Response;
  try {
    res = await fetch(url, { method, headers: { 'content-type': 'application/n-triples' }, body: batch.body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (err) {
    // NOTE: fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, "bad port") is in its cause.
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message);
    throw new NewsgraphError('E_ENDPOINT', `load: cannot reach ${endpoint.href} (${why}) after ${sent} triples. Is the SPARQL server running, and is the URL right?`, undefined, { cause: err });
  }
  if (!res.ok) {
    const body = (await res.text().catch(() => '')).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    throw new NewsgraphError(
      'E_ENDPOINT',
      `load: ${endpoint.href} answered ${res.status} ${res.statusText} to ${method} ${url} after ${sent} triples: ${body.slice(0, 300)}${adviceFor(res.status, body, batch)}`,
    );
  }
}

/**
 * Runs `newsgraph load`: parses the files, then sends the batches one after the other.
 * @throws NewsgraphError E_USAGE, E_BAD_OPTION, E_INPUT_NOT_FOUND, E_INPUT_UNREADABLE, E_ENDPOINT
 */
export async function runLoad(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { value: ['endpoint', 'graph', 'data', 'batch'], boolean: ['replace', 'no-ontology', 'help'] });
  if (args.flags.help) {
    io.out(LOAD_USAGE);
    return 0;
  }
  if (typeof args.flags.endpoint !== 'string') throw new NewsgraphError('E_USAGE', `usage: --endpoint URL is required.\n${LOAD_USAGE}`);
  const endpoint = toEndpointUrl(args.flags.endpoint);
  const graph = typeof args.flags.graph === 'string' ? args.flags.graph : null;
  if (graph !== null) assertGraphIri(graph);
  const batchFlag = args.flags.batch ?? String(DEFAULT_BATCH);
  if (typeof batchFlag !== 'string' || !/^[1-9]\d*$/.test(batchFlag)) throw new NewsgraphError('E_USAGE', `usage: --batch must be a whole number ≥ 1, not "${String(batchFlag)}".`);

  const dataFile = defaultDataFile(args.flags.data);
  const syntax = rdfSyntaxOf(dataFile).n3;
  const options = { batchSize: Number(batchFlag), defaultGraph: graph };
  // A large N-Triples or N-Quads file is read as a stream (any size); others are parsed whole.
  const streamed = (syntax === 'N-Triples' || syntax === 'N-Quads') && (fs.statSync(dataFile, { throwIfNoEntry: false })?.size ?? 0) > streamBytes();
  const sources = streamed ? readOntology(dataFile, !args.flags['no-ontology']) : readRdfSources(dataFile, !args.flags['no-ontology'], 'load');
  const parsed = toGraphStoreBatches(
    sources.flatMap((s) => parseRdf(s.text, s.name)),
    options,
  );
  const batches: AsyncIterable<GraphStoreBatch> | GraphStoreBatch[] = streamed ? concat(streamGraphStoreBatches(dataFile, syntax, options), parsed) : parsed;

  const t0 = performance.now();
  let sent = 0;
  let requests = 0;
  // The first batch of each graph replaces it (--replace); whether it came from the stream or not.
  const seen = new Set<string | null>();
  for await (const batch of batches) {
    const first = !seen.has(batch.graph);
    seen.add(batch.graph);
    await send(endpoint, batch, args.flags.replace && first ? 'PUT' : 'POST', sent);
    sent += batch.triples;
    requests++;
  }
  const seconds = (performance.now() - t0) / 1000;
  const graphs = seen.size;
  const rate = seconds > 0 ? Math.round(sent / seconds) : sent;
  io.out(`newsgraph: loaded ${sent} triples into ${graphs} graph${graphs === 1 ? '' : 's'} at ${endpoint.href} in ${requests} requests, ${seconds.toFixed(2)} s (${rate} triples/s)`);
  return 0;
}
