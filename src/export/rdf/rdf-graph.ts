// What the RDF export reads of a graph (to-quads.ts): its nodes and edges with their attributes, in
// graph order. A KnowledgeGraph is one; so is graph data in graphology's serialised shape, read as it
// stands: the RDF worker (rdf-worker.ts) gets that data and rebuilds no graphology graph from it
// (Graph.from took a quarter of the worker's time on the Brown benchmark).

import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../graph/attributes';

/** Nodes and edges with their attributes, each in graph order. */
export interface RdfGraph {
  forEachNode(callback: (key: string, attributes: NodeAttributes) => void): void;
  forEachEdge(callback: (key: string, attributes: EdgeAttributes, source: string, target: string) => void): void;
}

/** Graph data in graphology's serialised shape (graph.export() is such data). */
export interface RdfGraphData {
  nodes: Array<{ key: string; attributes?: NodeAttributes }>;
  edges: Array<{ key?: string; source: string; target: string; attributes?: EdgeAttributes }>;
}

/**
 * What the RDF export reads of a graph as plain data, to send to a worker thread: node and edge
 * attributes without the layout's, and no evidence on co-occurrence edges, whose RDF is one triple
 * (to-quads.ts): their sentences are most of a graph's evidence.
 */
export function toRdfGraphData(graph: KnowledgeGraph): RdfGraphData {
  const nodes: RdfGraphData['nodes'] = [];
  graph.forEachNode((key, a) => {
    nodes.push({ key, attributes: { label: a.label, kind: a.kind, aliases: a.aliases, mentions: a.mentions, docs: a.docs } });
  });
  const edges: RdfGraphData['edges'] = [];
  graph.forEachEdge((key, a, source, target) => {
    const attributes: EdgeAttributes = { predicate: a.predicate, weight: a.weight, confidence: a.confidence, evidence: a.predicate === 'mentionedWith' ? [] : a.evidence };
    if (a.role !== undefined) attributes.role = a.role;
    if (a.rule !== undefined) attributes.rule = a.rule;
    edges.push({ key, source, target, attributes });
  });
  return { nodes, edges };
}

/** Serialised graph data read as an RdfGraph, in its order. */
export function readRdfGraph(data: RdfGraphData): RdfGraph {
  return {
    forEachNode(callback) {
      for (const n of data.nodes) callback(n.key, n.attributes!);
    },
    forEachEdge(callback) {
      for (const e of data.edges) callback(e.key!, e.attributes!, e.source, e.target);
    },
  };
}
