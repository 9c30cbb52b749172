// Quads → N-Triples, Turtle or N-Quads text with n3's Writer's encoding of terms. Pure: each writer
// writes into a sink (export/sink.ts), piece by piece, or returns a string.

import { DataFactory, Writer, type Quad, type Quad_Object, type Term } from 'n3';

import { collect, type Sink } from '../sink';
import type { Row, SubjectRows } from './subject-rows';
import { PREFIXES, RDF_NS } from './vocabulary';

export type RdfFormat = 'N-Triples' | 'Turtle' | 'N-Quads';

/**
 * Serialises sorted quads; triple formats keep only the default graph. Turtle uses `prefixes`
 * (default: the vocabulary's), which vocabulary.ts prefixesFor extends with the build's IRI folders.
 */
export function writeRdf(quads: readonly Quad[], format: RdfFormat, prefixes: Record<string, string> = { ...PREFIXES }): Promise<string> {
  const selected = format === 'N-Quads' ? quads : quads.filter((q) => q.graph.termType === 'DefaultGraph');
  const writer = new Writer({ format, prefixes: format === 'Turtle' ? prefixes : undefined });
  writer.addQuads(selected as Quad[]);
  return settle(writer);
}

/**
 * N-Triples and N-Quads of the same rows (strings: see writeNTriples and writeNQuads for the streams).
 */
export function writeLines(groups: readonly SubjectRows[]): { nt: string; nq: string; triples: number } {
  let triples = 0;
  const nt = collect((sink) => {
    triples = writeNTriples(groups, sink);
  });
  return { nt, nq: collect((sink) => writeNQuads(groups, sink)), triples };
}

/**
 * Writes the default-graph rows as N-Triples and returns how many. A line is `S P O .` with each term
 * as n3's Writer encodes it, and an IRI, which recurs thousands of times, is encoded once.
 */
export function writeNTriples(groups: readonly SubjectRows[], sink: Sink, encode = termEncoder()): number {
  let triples = 0;
  for (const { subject, rows } of groups) {
    const s = `${encode(subject)} `;
    for (const r of rows) {
      if (r.graph.termType !== 'DefaultGraph') continue;
      sink(`${s}${encode(r.predicate)} ${encode(r.object)} .\n`);
      triples++;
    }
  }
  return triples;
}

/**
 * Writes N-Quads: the default graph, exactly graph.nt, followed by each named graph in turn (graphs in
 * IRI order, each in subject, predicate, object order). The named rows are held as references to the
 * rows (a graph's worth of memory, not the text's) and encoded as they are written.
 */
export function writeNQuads(groups: readonly SubjectRows[], sink: Sink): void {
  const encode = termEncoder();
  writeNTriples(groups, sink, encode);
  const named: Array<{ subject: Term; row: Row }> = [];
  for (const { subject, rows } of groups) for (const row of rows) if (row.graph.termType !== 'DefaultGraph') named.push({ subject, row });
  // Stable: within a graph, lines keep the rows' subject, predicate, object order.
  named.sort((a, b) => (a.row.graph.value < b.row.graph.value ? -1 : a.row.graph.value > b.row.graph.value ? 1 : 0));
  for (const { subject, row } of named) sink(`${encode(subject)} ${encode(row.predicate)} ${encode(row.object)} ${encode(row.graph)} .\n`);
}

const PLACEHOLDER = DataFactory.namedNode('x');
const LINE_HEAD = '<x> <x> ';
const LINE_TAIL = ' .\n';

/**
 * A term as an n3 Writer writes it (read back from the line it writes for a placeholder triple, its
 * only public way to encode one term), remembered by object identity: toSubjectRows shares one term
 * per IRI, number and kind.
 */
function termEncoder(writer = new Writer({ format: 'N-Triples' })): (term: Term) => string {
  const known = new Map<Term, string>();
  return (term) => {
    let s = known.get(term);
    if (s === undefined) {
      const line = writer.quadToString(PLACEHOLDER, PLACEHOLDER, term as Quad_Object);
      if (!line.startsWith(LINE_HEAD) || !line.endsWith(LINE_TAIL)) throw new Error(`export: unexpected line from n3: ${JSON.stringify(line)}`);
      known.set(term, (s = line.slice(LINE_HEAD.length, -LINE_TAIL.length)));
    }
    return s;
  };
}

const RDF_TYPE = `${RDF_NS}type`;

/**
 * Turtle of the default-graph rows, with `prefixes` (see writeRdf): the text n3's Turtle Writer
 * writes for the same quads in the same order (test/export/rdf/to-quads.test.ts), assembled here
 * from its encoding of each distinct term: its own writing compacted every IRI against every prefix
 * again, a third of the export's time.
 */
export async function writeTurtle(groups: readonly SubjectRows[], prefixes: Record<string, string> = { ...PREFIXES }): Promise<string> {
  const header = await turtleHeader(prefixes);
  return collect((sink) => writeTurtleTo(groups, prefixes, header, sink));
}

/** The prefix block n3 writes (and the blank line after it) when no quad has been added yet. */
export function turtleHeader(prefixes: Record<string, string>): Promise<string> {
  return settle(new Writer({ format: 'Turtle', prefixes }));
}

/** Writes the Turtle of writeTurtle into a sink, after `header` (turtleHeader of the same prefixes). */
export function writeTurtleTo(groups: readonly SubjectRows[], prefixes: Record<string, string>, header: string, sink: Sink): void {
  const encode = termEncoder(new Writer({ format: 'Turtle', prefixes }));
  // As n3 writes a predicate: rdf:type is "a".
  const predicate = (p: Term) => (p.value === RDF_TYPE ? 'a' : encode(p));
  sink(header);
  let first = true;
  for (const { subject, rows } of groups) {
    let last: Term | undefined;
    const parts: string[] = [];
    for (const r of rows) {
      if (r.graph.termType !== 'DefaultGraph') continue;
      if (!last) parts.push(first ? '' : '.\n', encode(subject), ' ', predicate(r.predicate), ' ', encode(r.object));
      else if (r.predicate.equals(last)) parts.push(', ', encode(r.object));
      else parts.push(';\n    ', predicate(r.predicate), ' ', encode(r.object));
      last = r.predicate;
      first = false;
    }
    // One piece per subject: few enough calls, and no piece longer than one subject's description.
    if (parts.length) sink(parts.join(''));
  }
  if (!first) sink('.\n');
}

function settle(writer: Writer): Promise<string> {
  // NOTE: n3 swallows exceptions thrown inside end()'s callback (TRAPS.md): only settle the promise there.
  return new Promise((resolve, reject) => writer.end((err, result) => (err ? reject(err) : resolve(result))));
}
