// The graph data the RDF worker is sent (export/rdf/rdf-graph.ts): what the RDF reads and no more,
// and, read back as it stands, the same rows as the graph it was made from.

import { readRdfGraph, toRdfGraphData } from '../../../src/export/rdf/rdf-graph';
import { toSubjectRows } from '../../../src/export/rdf/to-quads';
import { StandInTexts } from '../../../src/extract/workers';
import { buildSeeds, TEST_BASE } from '../_rdf';

describe('toRdfGraphData', () => {
  it('keeps what the RDF reads and drops layout attributes and co-occurrence sentences', async () => {
    const { graph } = await buildSeeds();
    const data = toRdfGraphData(graph);
    expect(data.nodes).toHaveLength(graph.order);
    expect(data.edges).toHaveLength(graph.size);
    // The built graph is laid out and styled; its data for the RDF is not.
    expect(graph.getNodeAttributes(data.nodes[0].key).x).toEqual(expect.any(Number));
    for (const n of data.nodes) expect(Object.keys(n.attributes!).sort()).toEqual(['aliases', 'docs', 'kind', 'label', 'mentions']);
    const cooccurrences = data.edges.filter((e) => e.attributes!.predicate === 'mentionedWith');
    expect(cooccurrences.length).toBeGreaterThan(10);
    for (const e of cooccurrences) {
      expect(e.attributes!.evidence).toEqual([]);
      expect(graph.getEdgeAttribute(e.key!, 'evidence').length).toBeGreaterThan(0);
    }
    const typed = data.edges.filter((e) => e.attributes!.predicate !== 'mentionedWith');
    expect(typed.length).toBeGreaterThan(10);
    for (const e of typed) {
      const a = graph.getEdgeAttributes(e.key!);
      expect(e.attributes).toEqual({ predicate: a.predicate, weight: a.weight, confidence: a.confidence, evidence: a.evidence, ...(a.role ? { role: a.role } : {}), ...(a.rule ? { rule: a.rule } : {}) });
      expect([e.source, e.target]).toEqual([graph.source(e.key!), graph.target(e.key!)]);
    }
  });

  it('read back as an RdfGraph, gives the rows of the graph itself, as does graph.export()', async () => {
    const { graph } = await buildSeeds();
    const docs = new Set<string>();
    graph.forEachNode((_k, a) => a.docs.forEach((d) => docs.add(d)));
    const texts = new StandInTexts(new Map([...docs].map((d) => [d, { length: 100_000, pairs: [] }])));
    const options = { base: TEST_BASE, namedGraphs: true };
    const text = (rows: ReturnType<typeof toSubjectRows>) => rows.map((g) => `${g.subject.value}\n${g.rows.map((r) => `${r.predicate.value} ${r.object.id} ${r.graph.value}`).join('\n')}`).join('\n');
    const direct = text(toSubjectRows(graph, texts, options));
    expect(direct.length).toBeGreaterThan(10_000);
    expect(text(toSubjectRows(readRdfGraph(structuredClone(toRdfGraphData(graph))), texts, options))).toBe(direct);
    expect(text(toSubjectRows(readRdfGraph(graph.export() as never), texts, options))).toBe(direct);
  });
});
