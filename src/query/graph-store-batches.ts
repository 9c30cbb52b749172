// Quads → the requests of a SPARQL 1.1 Graph Store HTTP Protocol load: one N-Triples body per batch,
// per target graph. Pure; `newsgraph load` (cli/commands/load.ts) sends them.

import { Writer, type Quad } from 'n3';

export interface GraphStoreBatch {
  /** Target graph IRI, or null for the store's default graph. */
  graph: string | null;
  /** N-Triples. */
  body: string;
  triples: number;
  /** Whether this is the first batch of its graph (sent with PUT when replacing). */
  first: boolean;
}

export interface BatchOptions {
  /** Triples per request. */
  batchSize: number;
  /** Where the default graph's triples go: a graph IRI, or null for the server's default graph. */
  defaultGraph: string | null;
}

const hasBlankNode = (q: Quad) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode';

/**
 * Groups quads by target graph (first-seen order) and cuts each group into batches. Triples with
 * blank nodes all travel in one batch of their graph, whatever its size: a server mints new nodes
 * for every request, so a blank node split over two requests would become two.
 */
export function toGraphStoreBatches(quads: readonly Quad[], options: BatchOptions): GraphStoreBatch[] {
  const size = Math.max(1, Math.floor(options.batchSize));
  const groups = new Map<string | null, { plain: Quad[]; blank: Quad[] }>();
  for (const q of quads) {
    const graph = q.graph.termType === 'DefaultGraph' ? options.defaultGraph : q.graph.value;
    let group = groups.get(graph);
    if (!group) groups.set(graph, (group = { plain: [], blank: [] }));
    (hasBlankNode(q) ? group.blank : group.plain).push(q);
  }
  const writer = new Writer({ format: 'N-Triples' });
  const toBody = (qs: Quad[]) => qs.map((q) => writer.quadToString(q.subject, q.predicate, q.object)).join('');
  const batches: GraphStoreBatch[] = [];
  for (const [graph, { plain, blank }] of groups) {
    const chunks: Quad[][] = [];
    if (blank.length) chunks.push(blank);
    for (let i = 0; i < plain.length; i += size) chunks.push(plain.slice(i, i + size));
    chunks.forEach((chunk, i) => batches.push({ graph, body: toBody(chunk), triples: chunk.length, first: i === 0 }));
  }
  return batches;
}
