// Graph Store Protocol batches (src/query/graph-store-batches.ts): per target graph, at most N
// triples each, blank nodes kept together, bodies that parse back to the same triples.

import { Parser, type Quad } from 'n3';

import { toGraphStoreBatches } from '../../src/query/graph-store-batches';

const nq = (lines: string[]) => new Parser({ format: 'N-Quads' }).parse(lines.join('\n'));
const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`;

describe('toGraphStoreBatches', () => {
  const plain = Array.from({ length: 25 }, (_, i) => `<http://s/${i}> <http://p> "v${i}" .`);
  const inDoc = Array.from({ length: 3 }, (_, i) => `<http://s/${i}> <http://p> <http://o> <http://doc/1> .`);
  const blank = ['_:u <http://first> <http://a> .', '_:u <http://rest> _:v .', '_:v <http://first> <http://b> .'];
  const quads = nq([...plain, ...inDoc, ...blank]);

  it('cuts each graph into batches of at most batchSize triples, default graph to the given IRI', () => {
    const batches = toGraphStoreBatches(quads, { batchSize: 10, defaultGraph: 'http://target/g' });
    expect(batches.map((b) => [b.graph, b.triples, b.first])).toEqual([
      ['http://target/g', 3, true],
      ['http://target/g', 10, false],
      ['http://target/g', 10, false],
      ['http://target/g', 5, false],
      ['http://doc/1', 3, true],
    ]);
  });

  it('sends the default graph to the server’s default graph when no IRI is given', () => {
    expect(new Set(toGraphStoreBatches(quads, { batchSize: 100, defaultGraph: null }).map((b) => b.graph))).toEqual(new Set([null, 'http://doc/1']));
  });

  it('keeps every triple with a blank node in one batch, whatever the batch size', () => {
    const batches = toGraphStoreBatches(quads, { batchSize: 1, defaultGraph: null });
    const withBlank = batches.filter((b) => b.body.includes('_:'));
    expect(withBlank).toHaveLength(1);
    expect(withBlank[0].triples).toBe(3);
  });

  it('writes N-Triples bodies that parse back to exactly the input triples', () => {
    const batches = toGraphStoreBatches(quads, { batchSize: 7, defaultGraph: null });
    const back = batches.map((b) => ({ graph: b.graph, quads: new Parser({ format: 'N-Triples' }).parse(b.body) }));
    const named = (qs: Quad[]) => qs.filter((q) => q.subject.termType !== 'BlankNode').map(key);
    expect(back.flatMap((b) => named(b.quads).map((k) => `${b.graph} ${k}`)).sort()).toEqual(
      quads.filter((q) => q.subject.termType !== 'BlankNode').map((q) => `${q.graph.termType === 'DefaultGraph' ? null : q.graph.value} ${key(q)}`).sort(),
    );
    // The blank nodes keep their shape: _:u first a, rest _:v; _:v first b (labels are the parser's own).
    const list = back.flatMap((b) => b.quads).filter((q) => q.subject.termType === 'BlankNode');
    const u = list.find((q) => q.predicate.value === 'http://first' && q.object.value === 'http://a')!.subject;
    const v = list.find((q) => q.subject.equals(u) && q.predicate.value === 'http://rest')!.object;
    expect(list.filter((q) => q.subject.equals(v)).map((q) => q.object.value)).toEqual(['http://b']);
  });
});
