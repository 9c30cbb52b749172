// Quads → N-Triples, Turtle or N-Quads text with n3's Writer. Pure: returns strings.

import { DataFactory, Writer, type Quad, type Quad_Object, type Term } from 'n3';

import type { SubjectRows } from './subject-rows';
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
 * N-Triples and N-Quads of the same rows in one pass. A line is `S P O .` or `S P O G .` with each
 * term as n3's Writer encodes it (the line does not depend on the format), and an IRI, which recurs
 * thousands of times, is encoded once. graph.nq is the default graph, exactly graph.nt, followed by
 * each named graph in turn (graphs in IRI order, each in subject, predicate, object order): the
 * N-Triples text is written once and reused.
 */
export function writeLines(groups: readonly SubjectRows[]): { nt: string; nq: string; triples: number } {
  const encode = termEncoder();
  // Pieces, joined once at the end: most are the same few encoded IRIs, so a line costs no new string.
  const nt: string[] = [];
  const named: Array<{ graph: string; line: string }> = [];
  let triples = 0;
  for (const { subject, rows } of groups) {
    const s = `${encode(subject)} `;
    for (const r of rows) {
      const p = encode(r.predicate);
      const o = encode(r.object);
      if (r.graph.termType === 'DefaultGraph') {
        nt.push(s, p, ' ', o, ' .\n');
        triples++;
      } else named.push({ graph: r.graph.value, line: `${s}${p} ${o} ${encode(r.graph)} .\n` });
    }
  }
  // Stable: within a graph, lines keep the rows' subject, predicate, object order.
  named.sort((a, b) => (a.graph < b.graph ? -1 : a.graph > b.graph ? 1 : 0));
  const text = nt.join('');
  return { nt: text, nq: text + named.map((n) => n.line).join(''), triples };
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
  const encode = termEncoder(new Writer({ format: 'Turtle', prefixes }));
  // As n3 writes a predicate: rdf:type is "a".
  const predicate = (p: Term) => (p.value === RDF_TYPE ? 'a' : encode(p));
  // n3 writes the prefix block (and the blank line after it) when no quad has been added yet.
  const parts: string[] = [await settle(new Writer({ format: 'Turtle', prefixes }))];
  let first = true;
  for (const { subject, rows } of groups) {
    let last: Term | undefined;
    for (const r of rows) {
      if (r.graph.termType !== 'DefaultGraph') continue;
      if (!last) parts.push(first ? '' : '.\n', encode(subject), ' ', predicate(r.predicate), ' ', encode(r.object));
      else if (r.predicate.equals(last)) parts.push(', ', encode(r.object));
      else parts.push(';\n    ', predicate(r.predicate), ' ', encode(r.object));
      last = r.predicate;
      first = false;
    }
  }
  if (!first) parts.push('.\n');
  return parts.join('');
}

function settle(writer: Writer): Promise<string> {
  // NOTE: n3 swallows exceptions thrown inside end()'s callback (TRAPS.md): only settle the promise there.
  return new Promise((resolve, reject) => writer.end((err, result) => (err ? reject(err) : resolve(result))));
}
