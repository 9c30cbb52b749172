// The batches of a Graph Store load read from an N-Triples or N-Quads file as a stream: a file of any
// size is sent with memory for one batch per graph (graph-store-batches.ts holds every quad, which
// suits files of up to a few hundred MB). Line-based syntaxes only: a chunk of whole lines parses alone.

import fs from 'node:fs';
import readline from 'node:readline';

import { Parser, Writer, type Quad } from 'n3';

import { NewsgraphError } from '../errors';
import type { BatchOptions, GraphStoreBatch } from './graph-store-batches';

// Lines parsed at a time.
const CHUNK_LINES = 10_000;

const hasBlankNode = (q: Quad) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode';

/**
 * Yields the batches of an N-Triples or N-Quads file in file order, each graph's batches as they fill;
 * triples with blank nodes are held and sent at the end, all of a graph's in one batch (as
 * toGraphStoreBatches does: a server mints new nodes for every request).
 * @throws NewsgraphError E_INPUT_NOT_FOUND, E_INPUT_UNREADABLE (naming the line)
 */
export async function* streamGraphStoreBatches(file: string, format: 'N-Triples' | 'N-Quads', options: BatchOptions): AsyncGenerator<GraphStoreBatch> {
  const size = Math.max(1, Math.floor(options.batchSize));
  // One label prefix for the whole file, so a blank node keeps its identity across chunks.
  const parser = () => new Parser({ format, blankNodePrefix: 'b_' });
  const writer = new Writer({ format: 'N-Triples' });
  const plain = new Map<string | null, string[]>();
  const blank = new Map<string | null, string[]>();
  const seen = new Set<string | null>();
  const batch = (graph: string | null, lines: string[]): GraphStoreBatch => {
    const first = !seen.has(graph);
    seen.add(graph);
    return { graph, body: lines.join(''), triples: lines.length, first };
  };
  let chunk: string[] = [];
  let firstLine = 1;
  const parse = function* (): Generator<GraphStoreBatch> {
    let quads: Quad[];
    try {
      quads = parser().parse(`${chunk.join('\n')}\n`);
    } catch (err) {
      throw new NewsgraphError('E_INPUT_UNREADABLE', `cannot parse "${file}" as ${format} in lines ${firstLine}–${firstLine + chunk.length - 1}: ${(err as Error).message}`, file, { cause: err });
    }
    firstLine += chunk.length;
    chunk = [];
    for (const q of quads) {
      const graph = q.graph.termType === 'DefaultGraph' ? options.defaultGraph : q.graph.value;
      const into = hasBlankNode(q) ? blank : plain;
      let lines = into.get(graph);
      if (!lines) into.set(graph, (lines = []));
      lines.push(writer.quadToString(q.subject, q.predicate, q.object));
      if (into === plain && lines.length >= size) {
        yield batch(graph, lines);
        plain.set(graph, []);
      }
    }
  };
  let input: fs.ReadStream;
  try {
    fs.accessSync(file, fs.constants.R_OK);
    input = fs.createReadStream(file, 'utf8');
  } catch (err) {
    throw new NewsgraphError('E_INPUT_NOT_FOUND', `load: cannot read "${file}" (${(err as NodeJS.ErrnoException).code}). Run "newsgraph build" first, or pass --data FILE.`, file, { cause: err });
  }
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    chunk.push(line);
    if (chunk.length >= CHUNK_LINES) yield* parse();
  }
  if (chunk.length) yield* parse();
  for (const [graph, lines] of plain) if (lines.length) yield batch(graph, lines);
  for (const [graph, lines] of blank) if (lines.length) yield batch(graph, lines);
}
